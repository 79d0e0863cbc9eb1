package uk.partnershipledger.events.mou;

import uk.partnershipledger.events.MayBeNull;

/**
 * Who signed an MoU for a party, as a signature block gives them (seeds/001, "Signatories"): the
 * person and the post they signed in.
 *
 * @param name the person, as written; where a block names only a post (seeds/001: "Primary Care
 *     Network Lead, County Durham"), the post as written
 * @param post the post the person signed in, such as {@code Interim Chief Executive}; null when not
 *     given, and always null on a signature first recorded in revision 1 of the event, whose one
 *     free text became the name
 */
public record Signatory(String name, @MayBeNull String post) {

  /** A signatory whose post was not given. */
  public static Signatory named(String name) {
    return new Signatory(name, null);
  }
}
