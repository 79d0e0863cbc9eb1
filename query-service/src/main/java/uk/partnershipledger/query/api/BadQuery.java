package uk.partnershipledger.query.api;

/**
 * Query parameters that parse but do not make sense together, such as a period ending before it
 * starts: answered 400.
 */
public class BadQuery extends RuntimeException {

  private final String parameter;

  /**
   * @param parameter the request parameter at fault
   * @param why what is wrong with it, in a governance officer's words
   */
  public BadQuery(String parameter, String why) {
    super(why);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
