package uk.partnershipledger.command.api;

/** A request the ledger cannot act on as written: answered 400, nothing stored. */
public class InvalidRequest extends RuntimeException {

  private final String field;

  public InvalidRequest(String field, String detail) {
    super(detail);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
