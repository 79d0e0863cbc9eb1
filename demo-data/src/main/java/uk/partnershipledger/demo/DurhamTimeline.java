package uk.partnershipledger.demo;

import static uk.partnershipledger.demo.Step.object;
import static uk.partnershipledger.demo.Step.ref;
import static uk.partnershipledger.demo.Step.refs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The County Durham timeline of ../shared/DOMAIN.md, 2017 to 2023, as the commands a governance
 * officer's system would have sent, in date order, each citing its source.
 *
 * <p>Where a seed gives only a month, the act is dated the 1st and the reason says so. Where the
 * seeds are silent (an establishment date, an amount, a meeting date after September 2022) the
 * value is marked "illustrative" in the reason, so that no reader takes it for a record. The
 * financial limits follow the one example in the seeds: move up to £1m within the base budget,
 * agree new schemes up to £500k (seeds/003 §4.6.3).
 */
final class DurhamTimeline {

  // The organisations, by the names their commands are sent on behalf of.
  static final String DCC = "Durham County Council";
  static final String CCG = "NHS County Durham CCG";
  static final String CDDFT = "County Durham and Darlington NHS Foundation Trust";
  static final String TEWV = "Tees, Esk and Wear Valleys NHS Foundation Trust";
  static final String HDFT = "Harrogate and District NHS Foundation Trust";
  static final String PCNS = "County Durham Primary Care Networks";
  static final String DCA = "Durham Community Action";
  static final String HEALTHWATCH = "Healthwatch County Durham";
  static final String ICB = "NHS North East and North Cumbria Integrated Care Board";

  /** The names under which the organisations' ids are kept, for the summary. */
  static final List<String> ORGANISATION_IDS =
      List.of("dcc", "ccg", "cddft", "tewv", "hdft", "pcns", "dca", "healthwatch", "icb");

  /** The names under which the bodies' ids are kept, for the summary. */
  static final List<String> BODY_IDS =
      List.of(
          "hwb",
          "cabinet",
          "ccgGoverningBody",
          "localIcb",
          "sag",
          "executive",
          "forum",
          "icbBoard",
          "jointCommittee");

  private static final BigDecimal ONE_MILLION = new BigDecimal("1000000.00");
  private static final BigDecimal FIVE_HUNDRED_THOUSAND = new BigDecimal("500000.00");
  private static final String KENT_LIMITS = "seeds/003 §4.6.3";

  private final List<Step.Builder> steps = new ArrayList<>();

  private DurhamTimeline() {}

  static List<Step> steps() {
    DurhamTimeline timeline = new DurhamTimeline();
    timeline.organisationsBeforeThePartnership();
    timeline.the2017MemorandumAndThePartnership();
    timeline.theIntegratedGovernanceFramework2018();
    timeline.theDecember2020Memorandum();
    timeline.theExecutiveAndForumFromApril2021();
    timeline.theCcgAbolishedAndTheIcbSucceeds();
    timeline.theJointCommittee();
    return timeline.steps.stream().map(Step.Builder::build).toList();
  }

  private Step.Builder step(String date, String name) {
    Step.Builder step = new Step.Builder(LocalDate.parse(date), name);
    steps.add(step);
    return step;
  }

  // ---------------------------------------------------------------------------------------------

  private void organisationsBeforeThePartnership() {
    register("1974-04-01", "dcc", DCC, "LOCAL_AUTHORITY")
        .because(
            "Party to the first MoU of April 2017; established 1 April 1974 (date outside the"
                + " seeds)",
            "seeds/001 MoU §4");
    register("2000-04-01", "dca", DCA, "VOLUNTARY_SECTOR")
        .because(
            "The voluntary sector's lead organisation in County Durham; establishment date"
                + " illustrative",
            "seeds/000 §20; seeds/001 §10(n)");
    register("2005-01-01", "hdft", HDFT, "NHS_FOUNDATION_TRUST")
        .because(
            "Party to the December 2020 MoU; establishment date outside the seeds",
            "seeds/001 MoU, parties");
    register("2006-04-01", "tewv", TEWV, "NHS_FOUNDATION_TRUST")
        .because(
            "Party to the April 2017 and December 2020 MoUs; establishment date outside the"
                + " seeds",
            "seeds/001 MoU §4, parties");
    register("2007-02-01", "cddft", CDDFT, "NHS_FOUNDATION_TRUST")
        .because(
            "Party to the April 2017 and December 2020 MoUs; establishment date outside the"
                + " seeds",
            "seeds/001 MoU §4, parties");
    register("2013-04-01", "ccg", CCG, "CLINICAL_COMMISSIONING_GROUP")
        .because(
            "CCGs established 1 April 2013; one organisation here for the County Durham CCGs of"
                + " the 2017 MoU (North Durham; Durham Dales, Easington and Sedgefield), later NHS"
                + " County Durham CCG",
            "seeds/001 §2, §8(b), MoU parties");
    register("2013-04-01", "healthwatch", HEALTHWATCH, "HEALTHWATCH")
        .because(
            "The voice of patients and service users; Healthwatch established April 2013",
            "seeds/000 §19(g), §20");
  }

  private Step.Builder register(String date, String id, String name, String kind) {
    return step(date, "register-" + id)
        .actingFor(name)
        .post("/organisations", "name", name, "kind", kind)
        .keep("organisationId", id);
  }

  // ---------------------------------------------------------------------------------------------

  private void the2017MemorandumAndThePartnership() {
    // The ledger files an MoU under a partnership formed by its date, and the first MoU is of
    // April 2017, a year before the partners took the name County Durham Care Partnership with
    // the Integrated Governance Framework (seeds/000 §8). The partnership is formed here with the
    // first MoU, and the reason says so.
    step("2017-04-01", "form-county-durham-care-partnership")
        .actingFor(DCC)
        .because(
            "The council, the CCG and the trusts work together under the first MoU of April 2017"
                + " (the seed gives the month: dated the 1st); named County Durham Care"
                + " Partnership with the Integrated Governance Framework of 2018",
            "seeds/001 MoU §4; seeds/000 §8")
        .post(
            "/partnerships",
            "name",
            "County Durham Care Partnership",
            "place",
            "County Durham",
            "foundingPartners",
            refs("dcc", "ccg", "cddft", "tewv"))
        .keep("partnershipId", "cdcp");
    establish("2017-04-01", "hwb")
        .actingFor(DCC)
        .because(
            "The council's Health and Wellbeing Board (statutory since 2013), recorded in the"
                + " partnership from its start",
            "seeds/001 §22(a); seeds/000 §24")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "County Durham Health and Wellbeing Board",
            "type",
            "HEALTH_AND_WELLBEING_BOARD",
            "status",
            "OPERATIONAL",
            "hostOrganisationId",
            ref("dcc"));
    establish("2017-04-01", "cabinet")
        .actingFor(DCC)
        .because(
            "The council's Cabinet, which approves its delegations, recorded in the partnership"
                + " from its start",
            "seeds/001 §8, §24")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "Durham County Council Cabinet",
            "type",
            "CABINET",
            "status",
            "OPERATIONAL",
            "hostOrganisationId",
            ref("dcc"));
    establish("2017-04-01", "ccgGoverningBody")
        .actingFor(CCG)
        .because(
            "The CCG's Governing Body, which approves its delegations, recorded in the"
                + " partnership from its start",
            "seeds/001 §8(b), §24")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "NHS County Durham CCG Governing Body",
            "type",
            "GOVERNING_BODY",
            "status",
            "OPERATIONAL",
            "hostOrganisationId",
            ref("ccg"));
    step("2017-04-01", "draft-mou-april-2017")
        .actingFor(DCC)
        .because(
            "First MoU between the council, the CCG and the trusts (the seed gives the month:"
                + " dated the 1st); an initial year, reviewed at least annually",
            "seeds/001 MoU §4, §24")
        .post(
            "/mous",
            "partnershipId",
            ref("cdcp"),
            "title",
            "County Durham Care Partnership Memorandum of Understanding",
            "versionLabel",
            "April 2017",
            "parties",
            refs("dcc", "ccg", "cddft", "tewv"),
            "initialTermMonths",
            12,
            "reviewPeriodMonths",
            12)
        .keep("mouId", "mou")
        .keep("version", "mouVersion2017");
    sign2017("dcc", DCC, "Chief Executive, Durham County Council");
    sign2017("ccg", CCG, "Accountable Officer, NHS County Durham CCG");
    sign2017("cddft", CDDFT, "Chief Executive, County Durham and Darlington NHS FT");
    sign2017("tewv", TEWV, "Chief Executive, Tees, Esk and Wear Valleys NHS FT");
  }

  private void sign2017(String party, String organisation, String signatory) {
    step("2017-04-01", "sign-mou-april-2017-" + party)
        .actingFor(organisation)
        .because(
            "Signs the April 2017 MoU, which commences on signature by the partners (month only"
                + " in the seed: dated the 1st; the 2017 signatories are not named, so their"
                + " office is given)",
            "seeds/001 MoU §4, §24")
        .post(
            "/mous/{mou}/versions/{mouVersion2017}/signatures",
            "organisationId",
            ref(party),
            "signatory",
            signatory);
  }

  private Step.Builder establish(String date, String id) {
    return step(date, "establish-" + id).keep("bodyId", id);
  }

  // ---------------------------------------------------------------------------------------------

  private void theIntegratedGovernanceFramework2018() {
    establish("2018-04-01", "localIcb")
        .actingFor(DCC)
        .because(
            "Integrated Governance Framework agreed by Cabinet and the CCGs in April 2018 (month"
                + " only: dated the 1st), embodied by the local Integrated Care Board; not the"
                + " statutory NHS ICB of 2022",
            "seeds/001 §2(a), §3, §17")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "County Durham Integrated Care Board",
            "type",
            "PARTNERSHIP_BOARD",
            "status",
            "OPERATIONAL");
    establish("2018-04-01", "sag")
        .actingFor(DCC)
        .because(
            "Advisory group of the 2018 arrangements, shown in the current structure of 18"
                + " November 2020; its start date is not given, so the framework's is used",
            "seeds/001 Appendix 2, MoU §9")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "System Advisory Group",
            "type",
            "CONSULTATIVE_FORUM",
            "status",
            "OPERATIONAL");
    step("2018-04-01", "terms-of-reference-local-icb")
        .actingFor(DCC)
        .because(
            "The Integrated Care Board's remit and terms of reference, reviewed in the 2021"
                + " transition",
            "seeds/001 §26")
        .post(
            "/bodies/{localIcb}/terms-of-reference",
            "title",
            "Integrated Care Board terms of reference",
            "reference",
            "ICB-ToR-2018");
    register("2019-07-01", "pcns", PCNS, "PRIMARY_CARE_NETWORK")
        .because(
            "The Primary Care Networks of County Durham, party to the December 2020 MoU as one"
                + " signatory, the PCN Lead; PCNs began 1 July 2019 (date outside the seeds)",
            "seeds/001 MoU, parties and signatories");
    step("2020-04-01", "delegate-dcc-commissioning-to-local-icb")
        .actingFor(DCC)
        .because(
            "Integrated Strategic Commissioning Function live 1 April 2020, overseen by the"
                + " Integrated Care Board; limits illustrative, after Kent's",
            "seeds/001 §2(c), Schedule 1; " + KENT_LIMITS)
        .post(
            "/bodies/{localIcb}/delegations",
            "delegatorId",
            ref("dcc"),
            "function",
            "adult-social-care-commissioning",
            "scope",
            "Commissioning of community-based adult social care services for County Durham",
            "limits",
            standardLimits(),
            "approval",
            approval(
                "Durham County Council Cabinet",
                "2019-10-01",
                "Cabinet report October 2019, Integrated Strategic Commissioning Function (month"
                    + " only: dated the 1st)"));
  }

  // ---------------------------------------------------------------------------------------------

  private void theDecember2020Memorandum() {
    join("2020-12-01", "hdft", HDFT, "Party to the December 2020 MoU (month only: dated the 1st)");
    join("2020-12-01", "pcns", PCNS, "Party to the December 2020 MoU (month only: dated the 1st)");
    step("2020-12-01", "vary-mou-december-2020")
        .actingFor(DCC)
        .because(
            "The MoU updated in December 2020 (month only: dated the 1st): HDFT and the PCNs"
                + " join, every current signatory is a party to the variation",
            "seeds/001 MoU §4, §25")
        .post(
            "/mous/{mou}/variations",
            "versionLabel",
            "December 2020",
            "parties",
            refs("dcc", "ccg", "cddft", "tewv", "hdft", "pcns"),
            "schedules",
            List.of(
                "Schedule 1: Development of the Strategic Integrated Commissioning Function",
                "Schedule 2: Anticipated outcomes"),
            "reviewPeriodMonths",
            12)
        .keep("version", "mouVersion2020");
    // The signature blocks give name, post and organisation; the post is sent apart.
    sign2020("dcc", DCC, "John Hewitt", "Interim Chief Executive");
    sign2020("ccg", CCG, "Neil O'Brien", "Accountable Officer");
    sign2020("cddft", CDDFT, "Sue Jacques", "Chief Executive");
    sign2020("tewv", TEWV, "Brent Kilmurray", "Chief Executive");
    sign2020("hdft", HDFT, "Steve Russell", "Chief Executive");
    // This block names no one: the post is who signed.
    sign2020("pcns", PCNS, "Primary Care Network Lead, County Durham", null);
  }

  private void join(String date, String party, String organisation, String why) {
    step(date, "join-" + party)
        .actingFor(organisation)
        .because(why, "seeds/001 MoU, parties")
        .post("/partnerships/{cdcp}/partners", "organisationId", ref(party));
  }

  private void sign2020(String party, String organisation, String signatory, String post) {
    step("2021-03-17", "sign-mou-december-2020-" + party)
        .actingFor(organisation)
        .because(
            "Signs the December 2020 MoU: Cabinet approved it on 17 March 2021; the seed leaves"
                + " the signature dates blank, so every party signs that day (a variation needs"
                + " the written agreement of all signatories)",
            "seeds/001 §8(d), MoU §25, Signatories")
        .post(
            "/mous/{mou}/versions/{mouVersion2020}/signatures",
            "organisationId",
            ref(party),
            "signatory",
            signatory,
            "post",
            post);
  }

  // ---------------------------------------------------------------------------------------------

  private void theExecutiveAndForumFromApril2021() {
    step("2021-04-01", "join-dca")
        .actingFor(DCA)
        .because(
            "The voluntary sector sits on the Executive and the Forum from April 2021",
            "seeds/000 §20; seeds/001 MoU §11")
        .post("/partnerships/{cdcp}/partners", "organisationId", ref("dca"));
    step("2021-04-01", "join-healthwatch")
        .actingFor(HEALTHWATCH)
        .because(
            "Healthwatch sits on the Executive and the Forum from April 2021",
            "seeds/000 §20; seeds/001 MoU §11")
        .post("/partnerships/{cdcp}/partners", "organisationId", ref("healthwatch"));
    establish("2021-04-01", "executive")
        .actingFor(DCC)
        .because(
            "New structures implemented from 1 April 2021: the Partnership Executive of senior"
                + " staff reaches shared commissioning decisions",
            "seeds/001 §22(d), §23, MoU §9")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "County Durham Care Partnership Executive",
            "type",
            "PARTNERSHIP_EXECUTIVE",
            "status",
            "OPERATIONAL");
    establish("2021-04-01", "forum")
        .actingFor(DCC)
        .because(
            "The Forum brings together councillors, CCG lay members, trust non-executives,"
                + " Healthwatch and the voluntary sector three times a year; it advises, it does"
                + " not decide",
            "seeds/001 §8(c), §22(c), MoU §11")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "County Durham Care Partnership Forum",
            "type",
            "FORUM",
            "status",
            "OPERATIONAL");
    step("2021-04-01", "executive-replaces-local-icb-and-sag")
        .actingFor(DCC)
        .because(
            "The Partnership Executive replaces the Integrated Care Board and the System Advisory"
                + " Group; the delegation the Integrated Care Board held lapses",
            "seeds/001 MoU §9, §23")
        .post("/bodies/{executive}/replacements", "replacedBodyIds", refs("localIcb", "sag"));
    step("2021-04-01", "terms-of-reference-executive")
        .actingFor(DCC)
        .because(
            "Terms of reference of the CDCP Executive, with the MoU (copy at Appendix 2 of the"
                + " 2022 report)",
            "seeds/000 §8(e); seeds/001 MoU §9")
        .post(
            "/bodies/{executive}/terms-of-reference",
            "title",
            "County Durham Care Partnership Executive terms of reference",
            "reference",
            "CDCP-Executive-ToR-2021");
    reportingLine(
        "2021-04-01",
        "executive-to-cabinet",
        "executive",
        "cabinet",
        "DIRECT_ACCOUNTABILITY",
        "The Executive is answerable to the partner organisations and acts under the council's"
            + " delegation, approved by Cabinet",
        "seeds/001 §22(a), MoU §9");
    reportingLine(
        "2021-04-01",
        "executive-to-ccg-governing-body",
        "executive",
        "ccgGoverningBody",
        "DIRECT_ACCOUNTABILITY",
        "The Executive is answerable to the partner organisations and acts under the CCG's"
            + " delegation, approved by its Governing Body",
        "seeds/001 §22(b), MoU §9");
    reportingLine(
        "2021-04-01",
        "executive-to-hwb",
        "executive",
        "hwb",
        "REPORTING_RELATIONSHIP",
        "A strong link with the Health and Wellbeing Board",
        "seeds/001 §22(a)");
    reportingLine(
        "2021-04-01",
        "forum-to-executive",
        "forum",
        "executive",
        "REPORTING_RELATIONSHIP",
        "The Forum encourages the Executive and highlights where the system works well",
        "seeds/001 MoU §11");
    member("2021-04-01", "executive", "janeRobinsonOnExecutive", "Jane Robinson", "dcc", DCC)
        .because(
            "Chief Officers of the Council are members: Corporate Director of Adult and Health"
                + " Services",
            "seeds/001 MoU §9");
    member("2021-04-01", "executive", "neilOBrienOnExecutive", "Neil O'Brien", "ccg", CCG)
        .because("The CCG Accountable Officer is a member", "seeds/001 MoU §9");
    member("2021-04-01", "executive", "sueJacquesOnExecutive", "Sue Jacques", "cddft", CDDFT)
        .because("Chief Executives of the Trusts are members", "seeds/001 MoU §9");
    member("2021-04-01", "executive", "brentKilmurrayOnExecutive", "Brent Kilmurray", "tewv", TEWV)
        .because("Chief Executives of the Trusts are members", "seeds/001 MoU §9");
    step("2021-04-01", "appoint-director-of-integrated-community-services-to-executive")
        .actingFor(DCC)
        .because(
            "The Director of Integrated Community Services attends as the norm", "seeds/001 MoU §9")
        .post(
            "/bodies/{executive}/members",
            "personName",
            "Director of Integrated Community Services",
            "organisationId",
            ref("dcc"),
            "role",
            "ATTENDEE");
    member("2021-04-01", "forum", "cllrHovvelsOnForum", "Cllr Lucy Hovvels", "dcc", DCC)
        .because(
            "Councillors sit on the Forum: the Cabinet Portfolio Holder for Adult and Health"
                + " Services",
            "seeds/001 MoU §11");
    member(
            "2021-04-01",
            "forum",
            "healthwatchOnForum",
            "Healthwatch County Durham representative",
            "healthwatch",
            HEALTHWATCH)
        .because("Healthwatch sits on the Forum", "seeds/001 MoU §11");
    member(
            "2021-04-01",
            "forum",
            "dcaOnForum",
            "Durham Community Action representative",
            "dca",
            DCA)
        .because("The voluntary sector sits on the Forum", "seeds/001 MoU §11");
    step("2021-04-01", "delegate-dcc-commissioning-to-executive")
        .actingFor(DCC)
        .because(
            "Partners delegate functions to the Executive; Cabinet agreed on 17 March 2021;"
                + " limits illustrative, after Kent's",
            "seeds/001 §8(c), §24, MoU §15, §17; " + KENT_LIMITS)
        .post(
            "/bodies/{executive}/delegations",
            "delegatorId",
            ref("dcc"),
            "function",
            "adult-social-care-commissioning",
            "scope",
            "Commissioning of community-based adult social care services for County Durham",
            "limits",
            standardLimits(),
            "conditions",
            List.of("Changes to delegation levels come back to Cabinet first (seeds/001 §24)"),
            "approval",
            approval(
                "Durham County Council Cabinet",
                "2021-03-17",
                "Cabinet 17 March 2021, Health and Social Care Integration update, recommendation"
                    + " 8(c)"))
        .keep("delegationId", "dccToExecutive");
    step("2021-04-01", "delegate-ccg-commissioning-to-executive")
        .actingFor(CCG)
        .because(
            "The Executive takes on as many of the CCG's responsibilities and budget as possible;"
                + " the Governing Body received the same report (its date is not given: March"
                + " 2021, dated the 1st); limits illustrative, after Kent's",
            "seeds/001 §8(b), §24, MoU §9; " + KENT_LIMITS)
        .post(
            "/bodies/{executive}/delegations",
            "delegatorId",
            ref("ccg"),
            "function",
            "community-health-services-commissioning",
            "scope",
            "Commissioning of community health services for County Durham",
            "limits",
            standardLimits(),
            "conditions",
            List.of(
                "Changes to delegation levels come back to the Governing Body first (seeds/001"
                    + " §24)"),
            "approval",
            approval(
                "NHS County Durham CCG Governing Body",
                "2021-03-01",
                "Governing Body, March 2021: Health and Social Care Integration update"))
        .keep("delegationId", "ccgToExecutive");
    step("2021-09-01", "executive-decides-healthcall-extension")
        .actingFor(CCG)
        .because(
            "Extending Healthcall in care homes, a new scheme within the CCG's delegation; date"
                + " and amount illustrative",
            "seeds/001 §10(h), §10(n)")
        .post(
            "/bodies/{executive}/decisions",
            "subject",
            "Healthcall digital support in care homes: extension",
            "function",
            "community-health-services-commissioning",
            "limitKind",
            "NEW_SCHEME",
            "amount",
            new BigDecimal("250000.00"))
        .keep("decisionId", "healthcallDecision");
    step("2022-01-04", "executive-decides-community-connectors")
        .actingFor(DCC)
        .because(
            "Community connector roles with the voluntary sector, a new scheme within the"
                + " council's delegation; date and amount illustrative",
            "seeds/001 §10(k)")
        .post(
            "/bodies/{executive}/decisions",
            "subject",
            "Community connector roles in the community wellbeing hubs",
            "function",
            "adult-social-care-commissioning",
            "limitKind",
            "NEW_SCHEME",
            "amount",
            new BigDecimal("300000.00"))
        .keep("decisionId", "connectorsDecision");
    step("2022-03-17", "review-mou-december-2020")
        .actingFor(DCC)
        .because(
            "Annual review of the MoU a year after it came into force; review date illustrative",
            "seeds/001 MoU §24")
        .post("/mous/{mou}/reviews");
  }

  // ---------------------------------------------------------------------------------------------

  private void theCcgAbolishedAndTheIcbSucceeds() {
    register("2022-07-01", "icb", ICB, "INTEGRATED_CARE_BOARD")
        .because(
            "NHS North East and North Cumbria ICB established 1 July 2022 by the Health and Care"
                + " Act 2022",
            "seeds/003 §2.1, §4.6.1; seeds/000 §7(a)");
    step("2022-07-01", "abolish-ccg-icb-succeeds")
        .actingFor(ICB)
        .because(
            "CCGs abolished; the ICB succeeds the CCG, taking its place in the partnership and"
                + " its delegation to the Executive; the CCG's people leave its bodies",
            "seeds/003 §2.1, §4.6.1; Health and Care Act 2022")
        .post("/organisations/{ccg}/abolition", "successorId", ref("icb"));
    establish("2022-07-01", "icbBoard")
        .actingFor(ICB)
        .because(
            "The ICB's board, to which place arrangements are accountable for NHS resources",
            "seeds/003 §4.6.1, §4.6.3; seeds/000 §17")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "NHS North East and North Cumbria ICB Board",
            "type",
            "GOVERNING_BODY",
            "status",
            "OPERATIONAL",
            "hostOrganisationId",
            ref("icb"));
    step("2022-07-01", "end-line-executive-to-ccg-governing-body")
        .actingFor(ICB)
        .because("The CCG Governing Body ends with the CCG", "seeds/003 §2.1")
        .post(
            "/partnerships/{cdcp}/reporting-lines/ending",
            "fromBodyId",
            ref("executive"),
            "toBodyId",
            ref("ccgGoverningBody"));
    step("2022-07-01", "dissolve-ccg-governing-body")
        .actingFor(ICB)
        .because("The CCG Governing Body ends with the CCG", "seeds/003 §2.1")
        .post("/bodies/{ccgGoverningBody}/status", "status", "DISSOLVED");
    reportingLine(
        "2022-07-01",
        "executive-to-icb-board",
        "executive",
        "icbBoard",
        "DIRECT_ACCOUNTABILITY",
        "The Executive now acts under the ICB's delegation, succeeded from the CCG",
        "seeds/001 MoU §9; seeds/003 §4.6.3");
    member(
            "2022-07-01",
            "executive",
            "icbOfficerOnExecutive",
            "Director of Place (County Durham), NENC ICB",
            "icb",
            ICB)
        .because(
            "The Executive's membership covers the ICB; the officer's title stands for the"
                + " person",
            "seeds/000 §20");
  }

  // ---------------------------------------------------------------------------------------------

  private void theJointCommittee() {
    establish("2022-09-14", "jointCommittee")
        .actingFor(DCC)
        .because(
            "Cabinet agrees the preferred option, a Joint Committee co-produced with the ICB",
            "seeds/000 §7(b), §13")
        .post(
            "/bodies",
            "partnershipId",
            ref("cdcp"),
            "name",
            "County Durham Health and Care Joint Committee",
            "type",
            "JOINT_COMMITTEE",
            "status",
            "PROPOSED");
    step("2022-10-01", "joint-committee-in-shadow-form")
        .actingFor(DCC)
        .because(
            "The Joint Committee operates in shadow form from October 2022 (month only: dated"
                + " the 1st)",
            "seeds/000 §7(b)")
        .post("/bodies/{jointCommittee}/status", "status", "SHADOW");
    step("2022-10-01", "joint-committee-chair-arrangement")
        .actingFor(DCC)
        .because("A chair jointly appointed by the Joint Committee's members", "seeds/000 §19(a)")
        .post(
            "/bodies/{jointCommittee}/chair-arrangement",
            "arrangement",
            "JOINTLY_APPOINTED_BY_MEMBERS");
    step("2022-10-01", "appoint-joint-committee-chair")
        .actingFor(DCC)
        .because(
            "The members jointly appoint the chair; who chaired is illustrative",
            "seeds/000 §19(a)")
        .post(
            "/bodies/{jointCommittee}/members",
            "personName",
            "Jane Robinson",
            "organisationId",
            ref("dcc"),
            "role",
            "CHAIR")
        .keep("membershipId", "chairOnJointCommittee");
    member(
            "2022-10-01",
            "jointCommittee",
            "icbOfficerOnJointCommittee",
            "Director of Place (County Durham), NENC ICB",
            "icb",
            ICB)
        .because("Senior ICB officers", "seeds/000 §19(b)");
    member(
            "2022-10-01",
            "jointCommittee",
            "sueJacquesOnJointCommittee",
            "Sue Jacques",
            "cddft",
            CDDFT)
        .because("Senior officers from NHS Trusts", "seeds/000 §19(e)");
    member(
            "2022-10-01",
            "jointCommittee",
            "brentKilmurrayOnJointCommittee",
            "Brent Kilmurray",
            "tewv",
            TEWV)
        .because("Senior officers from NHS Trusts", "seeds/000 §19(e)");
    member(
            "2022-10-01",
            "jointCommittee",
            "pcnLeadOnJointCommittee",
            "Clinical Director, County Durham Primary Care Networks",
            "pcns",
            PCNS)
        .because("Clinical leaders from primary care", "seeds/000 §19(d)");
    member(
            "2022-10-01",
            "jointCommittee",
            "dcaOnJointCommittee",
            "Durham Community Action representative",
            "dca",
            DCA)
        .because("The voluntary sector", "seeds/000 §19(f)");
    member(
            "2022-10-01",
            "jointCommittee",
            "healthwatchOnJointCommittee",
            "Healthwatch County Durham representative",
            "healthwatch",
            HEALTHWATCH)
        .because("Patients and service users", "seeds/000 §19(g)");
    reportingLine(
        "2022-10-01",
        "joint-committee-to-hwb",
        "jointCommittee",
        "hwb",
        "REPORTING_RELATIONSHIP",
        "The Health and Wellbeing Board monitors the operation and progress of the Joint"
            + " Committee, from its shadow form",
        "seeds/000 §17, §24");
    step("2022-11-01", "executive-moves-budget-to-community-therapy")
        .actingFor(ICB)
        .because(
            "A budget movement under the delegation the ICB succeeded to from the CCG; date and"
                + " amount illustrative",
            "seeds/001 §10(o); seeds/003 §4.6.1")
        .post(
            "/bodies/{executive}/decisions",
            "subject",
            "Move base budget to community therapy teams around the patient",
            "function",
            "community-health-services-commissioning",
            "limitKind",
            "BUDGET_MOVEMENT",
            "amount",
            new BigDecimal("750000.00"))
        .keep("decisionId", "therapyDecision")
        .keep("delegatorId", "therapyDecisionDelegator");
    step("2022-11-09", "joint-committee-recommends-care-home-commissioning")
        .actingFor(DCC)
        .because(
            "In shadow form the Joint Committee recommends, it does not decide; date"
                + " illustrative",
            "seeds/000 §7(b), §22(c)(i)")
        .post(
            "/bodies/{jointCommittee}/recommendations",
            "subject",
            "Joint commissioning plan for care homes and domiciliary care",
            "function",
            "care-homes-and-domiciliary-care-commissioning",
            "recommendedTo",
            "Durham County Council Cabinet and the NENC ICB Board")
        .keep("decisionId", "careHomesRecommendation");
    step("2023-04-01", "joint-committee-operational")
        .actingFor(DCC)
        .because(
            "The Joint Committee is fully operational from April 2023 (month only: dated the 1st)",
            "seeds/000 §7(c)")
        .post("/bodies/{jointCommittee}/status", "status", "OPERATIONAL");
    step("2023-04-01", "terms-of-reference-joint-committee")
        .actingFor(DCC)
        .because(
            "Established from the agreed terms of reference and MoU of the CDCP Executive",
            "seeds/000 §18")
        .post(
            "/bodies/{jointCommittee}/terms-of-reference",
            "title",
            "County Durham Health and Care Joint Committee terms of reference",
            "reference",
            "JC-ToR-2023");
    reportingLine(
        "2023-04-01",
        "joint-committee-to-icb-board",
        "jointCommittee",
        "icbBoard",
        "DIRECT_ACCOUNTABILITY",
        "Direct line of reporting and assurance to the ICB, under whose delegated authority it"
            + " decides",
        "seeds/000 §17");
    reportingLine(
        "2023-04-01",
        "joint-committee-to-cabinet",
        "jointCommittee",
        "cabinet",
        "DIRECT_ACCOUNTABILITY",
        "Direct line of reporting and assurance to Cabinet, under whose delegated authority it"
            + " decides",
        "seeds/000 §17");
    step("2023-04-01", "delegate-icb-primary-care-to-joint-committee")
        .actingFor(ICB)
        .because(
            "Commission local primary care services, excluding nationally negotiated GP"
                + " contracts; approval date illustrative; limits after Kent's",
            "seeds/000 §17, §21(c); " + KENT_LIMITS)
        .post(
            "/bodies/{jointCommittee}/delegations",
            "delegatorId",
            ref("icb"),
            "function",
            "primary-care-commissioning",
            "scope",
            "Local primary care services for County Durham, excluding nationally negotiated GP"
                + " contracts",
            "limits",
            standardLimits(),
            "approval",
            approval(
                "NHS North East and North Cumbria ICB Board",
                "2023-03-01",
                "ICB Board, March 2023: delegation to the County Durham Joint Committee"))
        .keep("delegationId", "icbToJointCommittee");
    step("2023-04-01", "delegate-dcc-mental-health-to-joint-committee")
        .actingFor(DCC)
        .because(
            "Jointly commission community mental health, learning disability and autism"
                + " services; approval date illustrative; limits after Kent's",
            "seeds/000 §17, §22(c)(iv); " + KENT_LIMITS)
        .post(
            "/bodies/{jointCommittee}/delegations",
            "delegatorId",
            ref("dcc"),
            "function",
            "community-mental-health-commissioning",
            "scope",
            "Community mental health, learning disability and autism services for County Durham",
            "limits",
            standardLimits(),
            "approval",
            approval(
                "Durham County Council Cabinet",
                "2023-03-15",
                "Cabinet, March 2023: delegation to the County Durham Joint Committee"))
        .keep("delegationId", "dccToJointCommittee");
    step("2023-06-07", "tewv-declares-interest-crisis-service")
        .actingFor(TEWV)
        .because(
            "Partners disclose any real or apparent conflict of interest: TEWV would provide the"
                + " service; date illustrative",
            "seeds/001 MoU §23")
        .post(
            "/bodies/{jointCommittee}/declarations",
            "membershipId",
            ref("brentKilmurrayOnJointCommittee"),
            "matter",
            "JC-2023-06-CMH",
            "interest",
            "Chief Executive of the trust that would provide the service")
        .keep("declarationId", "tewvDeclaration");
    step("2023-06-07", "joint-committee-decides-crisis-service")
        .actingFor(DCC)
        .because(
            "A new scheme within the council's delegation; the member who declared an interest"
                + " does not vote; date and amount illustrative",
            "seeds/000 §22(c)(iv); seeds/001 MoU §23; " + KENT_LIMITS)
        .post(
            "/bodies/{jointCommittee}/decisions",
            "subject",
            "Community mental health crisis and recovery service",
            "matter",
            "JC-2023-06-CMH",
            "function",
            "community-mental-health-commissioning",
            "limitKind",
            "NEW_SCHEME",
            "amount",
            new BigDecimal("400000.00"))
        .keep("decisionId", "crisisServiceDecision");
    step("2023-06-07", "joint-committee-autism-centres-refused")
        .actingFor(DCC)
        .because(
            "£750k for a new scheme is over the £500k the Joint Committee may agree without"
                + " further governance: refused, and the refusal recorded; amount illustrative",
            "seeds/003 §4.6.3; seeds/001 §10(o)")
        .refusedWith("amount-over-limit")
        .post(
            "/bodies/{jointCommittee}/decisions",
            "subject",
            "Autism diagnostic centres: expansion across the county",
            "function",
            "community-mental-health-commissioning",
            "limitKind",
            "NEW_SCHEME",
            "amount",
            new BigDecimal("750000.00"))
        .keep("decisionId", "refusedAutismDecision");
    step("2023-07-05", "joint-committee-decides-primary-care-access")
        .actingFor(ICB)
        .because(
            "A new scheme within the ICB's delegation; date and amount illustrative",
            "seeds/000 §21(c); " + KENT_LIMITS)
        .post(
            "/bodies/{jointCommittee}/decisions",
            "subject",
            "Enhanced primary care access for care home residents",
            "function",
            "primary-care-commissioning",
            "limitKind",
            "NEW_SCHEME",
            "amount",
            new BigDecimal("350000.00"))
        .keep("decisionId", "primaryCareDecision")
        .keep("delegatorId", "primaryCareDecisionDelegator");
  }

  // ---------------------------------------------------------------------------------------------

  private Step.Builder member(
      String date, String body, String id, String person, String organisation, String actingFor) {
    return step(date, "appoint-" + kebab(id))
        .actingFor(actingFor)
        .post(
            "/bodies/{" + body + "}/members",
            "personName",
            person,
            "organisationId",
            ref(organisation),
            "role",
            "MEMBER")
        .keep("membershipId", id);
  }

  private void reportingLine(
      String date, String name, String from, String to, String kind, String what, String source) {
    step(date, "line-" + name)
        .actingFor(DCC)
        .because(what, source)
        .post(
            "/partnerships/{cdcp}/reporting-lines",
            "fromBodyId",
            ref(from),
            "toBodyId",
            ref(to),
            "kind",
            kind);
  }

  private static List<Object> standardLimits() {
    return List.of(
        object(
            "kind",
            "BUDGET_MOVEMENT",
            "maximum",
            ONE_MILLION,
            "description",
            "Move up to £1m within the base budget"),
        object(
            "kind",
            "NEW_SCHEME",
            "maximum",
            FIVE_HUNDRED_THOUSAND,
            "description",
            "Agree new schemes up to £500k without further governance"));
  }

  private static Object approval(String approvedBy, String approvedOn, String reference) {
    return object("approvedBy", approvedBy, "approvedOn", approvedOn, "reference", reference);
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }
}
