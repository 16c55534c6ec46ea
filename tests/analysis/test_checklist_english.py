"""English clauses drafted in the ways US/UK contracts usually word them, and look-alikes.

Each row is a sentence written for this test (not taken from any evaluation set) under a neutral
heading, so only the sentence's wording decides. The zero embedder gives no semantic signal.
"""
from __future__ import annotations

import pytest

from tests.analysis.test_checklist import _check, _finding

NEUTRAL = "Miscellaneous"

# (clause id, sentence): each states the clause through its legal function.
STATED = [
    # A cap on liability: exclusions party by party, only direct damages, remedies, time limits.
    ("liability", "Neither the Supplier nor the Customer will be liable to the other for lost "
                  "revenue or special damages arising from this Agreement."),
    ("liability", "The Supplier shall not be liable for any direct, indirect or consequential "
                  "losses caused by a failure of the public internet."),
    ("liability", "Each party will only be liable to the other for direct damages caused by its "
                  "breach."),
    ("liability", "Replacement of the defective unit is the Customer's sole and exclusive remedy "
                  "under this warranty."),
    ("liability", "Any claim under this Agreement must be brought within eighteen months after "
                  "the facts giving rise to it."),
    ("liability", "The Supplier's liability under Section 9.2 shall not exceed the charges paid "
                  "in the preceding year."),
    ("liability", "The Supplier shall have no liability for compensation or damages on account "
                  "of the expiry of this Agreement."),
    # Uncapped liability: carve-outs from the cap.
    ("liability", "Nothing in this Agreement shall limit either party's liability for fraud or "
                  "for death caused by negligence."),
    ("liability", "The limitations in Section 12.3 shall not apply to a breach of the "
                  "confidentiality obligations."),
    ("liability", "In no event shall the Supplier have any liability for the Customer's lost "
                  "savings."),
    ("liability", "Neither party shall be entitled to recover punitive damages from the other."),
    # Assignment of IP: property of the other party, work for hire, perfecting the assignment.
    ("ip_ownership", "Any reports, scripts and other materials prepared by the Supplier for the "
                     "Customer shall be the Customer's exclusive property."),
    ("ip_ownership", "The configuration scripts are a work made for hire for the Customer."),
    ("ip_ownership", "The Customer shall own all right, title and interest in the custom "
                     "interfaces built under each statement of work."),
    ("ip_ownership", "The Supplier will execute any documents the Customer reasonably requests "
                     "to register the copyrights in the deliverables."),
    ("ip_ownership", "All use of the Licensor's marks by the Distributor shall inure to the sole "
                     "benefit of the Licensor."),
    ("ip_ownership", "All right, title and interest in the migrated databases shall pass to the "
                     "Customer on acceptance."),
    # Joint ownership.
    ("ip_ownership", "Software developed together by the parties shall be jointly and equally "
                     "owned."),
    ("ip_ownership", "Each party shall hold an undivided interest in every joint invention."),
    # Post-termination duties: hand-over, buy-back, sell-off, records kept after the end.
    ("reversibility", "Upon termination, the Distributor may sell its remaining inventory for "
                      "ninety days."),
    ("reversibility", "Upon expiry of this Agreement the Customer shall purchase at cost the "
                      "components then on hand."),
    ("reversibility", "The Supplier shall keep the maintenance logs for three (3) years after "
                      "the termination of this Agreement."),
    ("reversibility", "On the expiration of this Agreement, the Supplier will (i) cooperate with "
                      "the Customer in moving the hosted systems to an alternative service "
                      "provider."),
    ("reversibility", "The Supplier shall continue to supply spare parts for six months after "
                      "the termination of this Agreement."),
    # Insurance: the terms of the required policies.
    ("insurance", "The Supplier's policies shall be placed with insurers rated A- or better by "
                  "A.M. Best."),
    ("insurance", "Cover shall be for limits of not less than $2,000,000 per occurrence."),
    ("insurance", "Each policy shall contain a waiver of subrogation in favour of the Customer."),
    ("insurance", "The Supplier shall give the Customer thirty days' notice before any policy is "
                  "cancelled or reduced."),
    # Audit: access to premises and books, records made available or retained.
    ("audit", "The Customer may, on ten days' notice, visit the Supplier's data centres to "
              "verify that the security measures are applied."),
    ("audit", "The Supplier shall make its books and records available to the Customer's "
              "accountants on request."),
    ("audit", "All service records shall be retained by the Supplier for five years."),
    # Term: end dates, unlimited periods, renewal and notice of non-renewal.
    ("duration", "This Agreement is concluded for an unlimited period."),
    ("duration", "This Agreement shall expire on 31 December 2027."),
    ("duration", "This Agreement shall come into force on signature and remain valid for two "
                 "years."),
    ("duration", "It is renewed tacitly every year."),
    ("duration", "This Agreement runs from the Effective Date through the day before the third "
                 "anniversary of the Effective Date."),
    ("duration", "The Customer may extend the term of this Agreement for one additional year."),
    ("duration", "A party wishing to stop the renewal shall give notice at least ninety days "
                 "before the anniversary date."),
    # Termination at will.
    ("termination", "This Agreement is terminable by either party on sixty days' written "
                    "notice."),
    ("termination", "The Client may withdraw from the contract at any time by giving two months' "
                    "notice."),
    ("termination", "Either party may end this Agreement by written notice if the other fails to "
                    "put right a serious breach within fourteen days."),
    # The services as what the provider runs; help from third parties; an index-linked price.
    ("services_scope", "The Provider will operate and monitor the Customer's payroll systems "
                       "from its service centre."),
    ("subcontracting", "The Provider may engage other suppliers to perform the night-time "
                       "monitoring."),
    ("price_revision", "The Provider may adjust the fees each year in line with the Retail "
                       "Prices Index."),
    ("price_revision", "The Provider may raise the fees for any renewal term by up to five "
                       "percent."),
    ("place_of_performance", "All customer content is hosted in the Provider's cloud environment "
                             "in the European Union region."),
    ("subcontracting", "The Customer authorises the Provider to engage third parties to process "
                       "data on its behalf."),
    ("services_scope", "The Provider grants the Customer a non-exclusive right during the term to "
                       "access and use the Platform."),
    ("liability", "Each party's total cumulative exposure under this Agreement will not exceed "
                  "the fees paid in the prior twelve months."),
    ("services_scope", "The Supplier will provide the managed network services set out in the "
                       "schedule."),
    ("place_of_performance", "Support is performed remotely from the Supplier's offices in "
                             "Toronto."),
    ("place_of_performance", "The Supplier must not store Customer Data outside Canada."),
    ("ip_ownership", "All Developed Material vests in the Customer on creation."),
    ("change_management", "Either party may request a variation using the agreed form."),
    ("change_management", "The Customer may upgrade its subscription plan at any time."),
    ("confidentiality", "Each party will hold the other's business information in trust."),
    ("reversibility", "After termination, Customer Data remains available for retrieval for "
                      "sixty days."),
    # Self-service export around the end, the exit of subscription terms.
    ("reversibility", "For forty-five days after the subscription ends, the Customer may "
                      "download its content through the export tool."),
    ("reversibility", "Once the term expires, you can export your records in CSV format from the "
                      "administration console for thirty days."),
    ("reversibility", "During the subscription and for sixty (60) days after it ends, you may "
                      "export your content with the export feature."),
    # The provider changing or updating its fees, a revision proposed.
    ("price_revision", "We may change the subscription fees at the start of any renewal term."),
    ("price_revision", "The Supplier may propose a revision of the Charges once a year."),
    ("price_revision", "Fees may be updated by the Vendor from time to time by posting a new "
                       "price list."),
    # First-person provider terms, insurance of one's own equipment, more service ordered by an
    # amended order form, export until the end date.
    ("services_scope", "We provide managed firewalls and a monitored network for the Customer's "
                       "branch offices."),
    ("insurance", "The Customer shall insure its own equipment in the hosting room against theft "
                  "and fire."),
    ("change_management", "The Customer may add users or modules at any time by signing an "
                          "amended Order Form."),
    ("reversibility", "The Customer may download its mailboxes from the web console until the "
                      "end date of its subscription."),
    # Round-the-clock availability promised without a figure.
    ("service_levels", "The portal is available twenty-four hours a day, seven days a week, "
                       "except during announced maintenance."),
    # Left out of the price, not out of the service.
    ("business_continuity", "The Provider maintains a disaster recovery plan, which is not "
                            "included in the monthly fee but invoiced separately."),
    # Exit as an export of the records by business name, a change request answered by a
    # proposal, plain present-tense ownership, a rate card the provider may revise.
    # A minimum term, removing one's equipment at the end, an operator's racks, vouchers.
    ("duration", "The minimum term is eighteen (18) months from the Start Date."),
    ("reversibility", "The Client shall remove its servers from the hall within two weeks after "
                      "the termination of this Agreement."),
    ("services_scope", "The Operator shall provide the Client with two racks and metered power."),
    ("penalties", "If availability falls below 99.9% the Customer receives vouchers worth 5% of "
                  "the monthly bill."),
    ("reversibility", "For 60 days after the contract ends, we will send you an export of your "
                      "support tickets on request."),
    ("change_management", "Where the Client asks for a change, the Supplier will reply with a "
                          "quotation and its effect on the timetable."),
    ("ip_ownership", "The Supplier owns its diagnostic tools and configuration templates."),
    ("price_revision", "The Supplier may revise the rate card each April on 30 days' notice."),
    # The services stated in the present tense, furnished labour, what a platform enables.
    ("services_scope", "The Services include monitoring of the Agency's network and second-line "
                       "support."),
    ("services_scope", "The Contractor shall furnish all personnel and tools needed to run the "
                       "Agency's data centre."),
    ("services_scope", "The platform enables the Customer to book field visits and track "
                       "them."),
    # What the provider does, listed under a lead-in; credits under a name of their own.
    ("services_scope", "From the Start Date the Supplier shall: (a) monitor the Customer's "
                       "servers each night; (b) restore them on request."),
    ("penalties", "The total Performance Credits in a month shall not exceed 6% of the monthly "
                  "fees."),
    # Where the services are performed, said in the active voice.
    ("place_of_performance", "The Contractor shall perform the Services only from its offices "
                             "in Leeds and from the Authority's premises."),
    # The owner in the present tense.
    ("ip_ownership", "We and our licensors own all rights, title and interest in and to the "
                     "Platform and its documentation."),
    # More of the service ordered through a further order form is a change.
    ("change_management", "Customer may add users or modules during the term by signing a "
                          "further Order Form."),
    # Cover kept "to comply with insurance laws" is still cover.
    ("insurance", "The Vendor shall keep in force, at its own cost, such insurance as it needs to "
                  "comply with the insurance laws of each state where it works."),
    # Rights that "belong to" a party; the provider's shared tools that remain its property.
    ("ip_ownership", "All rights in the bespoke reports and interfaces written for the Customer "
                     "shall belong to the Customer from their creation."),
    ("ip_ownership", "Scripts and monitoring templates the Supplier uses for all its clients "
                     "remain the property of the Supplier."),
]

# (clause id, sentence): look-alikes that must not count as the clause.
LOOK_ALIKES = [
    # The client's regulated sector, and a software publisher auditing the client's licences.
    ("insurance", "The Supplier shall help the Customer meet the state insurance regulations "
                  "that apply to its outsourcing arrangements."),
    ("audit", "The Provider shall assist the Customer in any licence audit carried out by the "
              "software publisher by supplying usage figures."),
    ("liability", "This Services Agreement is made between Acme Hosting LLC, a Delaware limited "
                  "liability company, and the Customer."),
    ("liability", "Neither party shall be liable for any delay caused by events beyond its "
                  "reasonable control."),
    ("ip_ownership", '"Intellectual Property Rights" means patents, copyrights, database rights '
                     "and all similar rights."),
    ("ip_ownership", "Nothing in this Agreement transfers any intellectual property right to the "
                     "Customer."),
    ("ip_ownership", "Confidential Information shall remain the property of the disclosing "
                     "party."),
    ("reversibility", "For twelve months after the termination of this Agreement, the Supplier "
                      "shall not solicit any employee of the Customer."),
    ("reversibility", "Sections 8, 9 and 14 shall survive any termination or expiration of this "
                      "Agreement."),
    ("reversibility", "No action may be brought more than one year after the termination of this "
                      "Agreement."),
    ("reversibility", "The termination fee is payable in four instalments, the first thirty days "
                      "after the termination date."),
    ("insurance", "The Customer sells travel insurance products through its website."),
    ("insurance", "During the last five years no insurance policy of the Seller has been "
                  "cancelled."),
    ("audit", "The Supplier shall deliver its audited financial statements each year."),
    ("audit", "The Customer may access the Supplier's web portal to log support tickets."),
    ("duration", "Prices in the quotation remain valid for ninety days."),
    ("duration", "The warranty on replaced parts shall expire twelve months after delivery."),
    ("termination", "The Customer may cancel a purchase order before the goods are shipped."),
    ("subcontracting", "Nothing in this Agreement gives third parties any right to enforce its "
                       "terms."),
    ("termination", "The parties may end the meeting once the agenda has been covered."),
    ("governance", "The Platform includes data governance dashboards the Customer may "
                   "configure."),
    ("place_of_performance", "Board meetings shall take place at the Customer's premises in "
                             "Leeds."),
    # Records a system keeps of its users' actions are not a right to audit the provider.
    ("audit", "The platform keeps an audit trail of every administrator action."),
    ("audit", "The Supplier shall keep audit logs of privileged access for twelve months."),
    # A denial made with "to be": "we are not an insurer", "not a disaster recovery solution".
    ("insurance", "The Vendor is not an insurer and gives no guarantee against loss."),
    ("business_continuity", "The hosting service is not a disaster recovery solution."),
    ("business_continuity", "Disaster recovery is not included in the standard plan and may be "
                            "ordered separately."),
    # Exports during the term are not an exit; nor is a last invoice after the end.
    ("reversibility", "The Customer may export usage reports from the dashboard at any time."),
    ("reversibility", "Upon termination, the Vendor will issue a final invoice within fifteen "
                      "days."),
    # A transfer ruled out, a schedule left empty, a regulator's fines.
    ("staff_transfer", "This Agreement will not give rise to a relevant transfer under TUPE."),
    ("business_continuity", "Schedule 6 (Business Continuity and Disaster Recovery) - Not used"),
    ("penalties", "The Supplier indemnifies the Customer against any fines or penalties imposed "
                  "by a regulator."),
    ("insurance", "The Losses include any increase in insurance premiums suffered by the "
                  "Authority."),
    # The provider amending its own terms is not a change procedure for the client's needs.
    ("change_management", "The Provider may modify these Terms at any time by posting a revised "
                          "version."),
    # The provider checking its own queues, the customer letting engineers in, IT governance.
    ("audit", "Our quality team audits our own call recordings each month."),
    ("audit", "The Customer will give the Supplier's technicians access to the server room."),
    ("governance", "The governance of access rights inside the application is a matter for the "
                   "Customer."),
    # A transfer ruled out by "does not involve", or with a second noun; no duty to hire.
    ("staff_transfer", "This order does not involve the transfer or secondment of any of the "
                       "Client's staff."),
    ("staff_transfer", "The Vendor has no obligation to offer employment to any Authority "
                       "employee."),
    # Lines that only send the reader to another agreement's section.
    ("audit", "(c) Customer audit rights – Section 11 of the Framework Agreement;"),
    ("governing_law", "(g) governing law – clause 30 of the Master Agreement."),
    # A certification audited by its certifying body; a site survey.
    ("audit", "Our ISO 27001 certificate is renewed each year after a visit by an accredited "
              "certification body."),
    ("audit", "Before installation the Provider carries out a site survey of each branch."),
    # An exhibit left empty, the reason behind a cap.
    ("business_continuity", "Exhibit F – Disaster Recovery Plan [Reserved]"),
    ("insurance", "These limits reflect the ability of each party to insure against the risks "
                  "concerned."),
    # How the services are performed, not where; a credit note refunding an overcharge; the
    # log a portal keeps, behind a numbered run-in title.
    ("place_of_performance", "Provider warrants that the Services will be performed in a "
                             "professional and workmanlike manner."),
    ("penalties", "Where an amount already paid is later found to have been overcharged, the "
                  "Supplier will issue a credit note for that amount against the next invoice."),
    ("audit", "8.4 **Portal Logs.** The Portal keeps an audit log of user sign-ins and "
              "configuration changes, which Customer administrators can view and download."),
    # Interest on a late payment under a "Penalty Interest Rates" statute.
    ("penalties", "The Supplier may charge interest on any overdue amount at the rate fixed "
                  "under the Penalty Interest Rates Act."),
]


def test_a_passage_naming_a_price_index_is_not_a_table_of_contents():
    from assistant.analysis.signals import fold, looks_like_toc

    assert not looks_like_toc(fold("Fees rise each year by the Consumer Prices Index."))
    assert looks_like_toc(fold("Index\n1. Scope 2\n2. Term 3"))
    assert looks_like_toc(fold("Sommaire\n1. Objet 2"))


@pytest.mark.parametrize(("item_id", "sentence"), STATED)
def test_an_english_clause_in_its_usual_wording_is_found(item_id, sentence):
    finding = _finding(_check("en", (NEUTRAL, sentence)), item_id)
    assert finding.status in ("present", "partial")
    assert finding.evidence and finding.evidence[0].text in sentence


@pytest.mark.parametrize(("item_id", "sentence"), LOOK_ALIKES)
def test_an_english_look_alike_is_not_the_clause(item_id, sentence):
    assert _finding(_check("en", (NEUTRAL, sentence)), item_id).status == "absent"


PARTIES = ("Parties", 'Harbour Life DAC, registered in Ireland (the "Insurer"), and Cloudline '
                      'Ltd (the "Supplier").')


def test_a_client_named_the_insurer_is_no_insurance_clause():
    report = _check("en", PARTIES, ("Security", "The Supplier shall apply the Insurer's access "
                                                "control standard and report incidents to the "
                                                "Insurer's security desk."))
    assert _finding(report, "insurance").status == "absent"


def test_insurance_is_still_found_beside_a_client_named_the_insurer():
    report = _check("en", PARTIES, ("Insurance", "The Supplier shall maintain professional "
                                                 "indemnity insurance of at least EUR 5,000,000 "
                                                 "per claim."))
    assert _finding(report, "insurance").status in ("present", "partial")


def test_a_transition_period_defined_as_the_start_is_no_exit():
    report = _check("en", ("Definitions", '"Transition Period" means the ninety (90) day period '
                                          'starting on the Effective Date during which the '
                                          'Supplier takes over the service desk from the '
                                          'previous provider.'),
                    ("Fees", "The set-up fee is invoiced at the end of the Transition Period."))
    assert _finding(report, "reversibility").status == "absent"


def test_a_table_of_contents_under_its_heading_states_nothing():
    report = _check("en", ("TABLE OF CONTENTS", "- Schedule 4 – Business Continuity Plan\n"
                                                "- Schedule 5 – Exit Management"))
    assert _finding(report, "business_continuity").status == "absent"
