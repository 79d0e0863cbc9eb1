package uk.partnershipledger.events.body;

/**
 * The roles on a body. Members and participants differ in voting rights (seeds/003 §4.6.2): a
 * participant takes part without a vote, an attendee attends.
 */
public enum MemberRole {
  CHAIR(true),
  VICE_CHAIR(true),
  MEMBER(true),
  PARTICIPANT(false),
  ATTENDEE(false);

  private final boolean votes;

  MemberRole(boolean votes) {
    this.votes = votes;
  }

  public boolean votes() {
    return votes;
  }
}
