package uk.partnershipledger.query.api;

/** Nothing is recorded under the id asked for: answered 404. */
public class NotFound extends RuntimeException {

  private final String parameter;

  /**
   * @param what what was looked for, such as "partnership"
   * @param parameter the request parameter that carried the id
   * @param id the id asked for
   */
  public NotFound(String what, String parameter, Object id) {
    super("no " + what + " is recorded under id " + id);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
