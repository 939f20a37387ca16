"""Medicaid each month, with its basis: SSI cash, 1619(b), the buy-in for working people with
disabilities, or the ACA expansion group (POMS SI 01715.010, SI 02302.010-.200; 20 CFR 416.264;
Social Security Act 1902(a)(10)); after SSI stops, the Pickle amendment (42 CFR 435.135).
"""

from __future__ import annotations

from decimal import Decimal

from ..explain import Explainer
from ..money import ZERO, cents, dollars
from ..rules import RuleBook
from ..state_rules import BuyIn, StateMedicaid
from . import medicaid_1619b as b1619
from .medicaid_1619b import CITE_1619B, break_even_base
from .medicaid_magi import CITE_DEPENDENTS, dependents_income
from .medicaid_premium import premium as buy_in_premium
from .medicaid_records import MedicaidFacts as MedicaidFacts
from .medicaid_records import MedicaidMonth as MedicaidMonth
from .poverty import poverty_guideline

SSI_CASH = ("eligible", "1619a", "ssp_only")
EXPANSION_AGES = (19, 64)


def threshold_1619b(
    facts: MedicaidFacts, rules: RuleBook, ex: Explainer | None
) -> tuple[Decimal | None, str]:
    """The person's 1619(b) threshold this month, explained (medicaid_1619b)."""
    return b1619.threshold(
        month=facts.month,
        state=facts.state,
        irwe=facts.irwe,
        bwe=facts.bwe,
        entered=facts.threshold_entered,
        own_medicaid_expenses=facts.own_medicaid_expenses,
        rules=rules,
        ex=ex,
        blind=facts.blind,
    )


def medicaid_month(
    facts: MedicaidFacts, table: StateMedicaid, rules: RuleBook, ex: Explainer | None
) -> MedicaidMonth:
    """Decide coverage in the order a planner checks it: SSI, 1619(b), buy-in, expansion."""
    limit = rules.at("ssa.ssi.resource_limit.individual", facts.month)
    over_resources = facts.resources > limit.value
    if facts.ssi_status in SSI_CASH and not over_resources:
        return _ssi_medicaid(facts, table, ex)
    lost = ""
    threshold: Decimal | None = None
    if facts.ssi_status == "1619b_candidate" and not over_resources:
        threshold, _ = threshold_1619b(facts, rules, ex)
        decided = _decide_1619b(facts, threshold, rules, ex)
        if decided is not None and decided.covered is not False:
            return decided
        lost = decided.note if decided else ""
    elif facts.ssi_status != "none" and over_resources:
        lost = (
            f"Countable resources {dollars(facts.resources)} are over SSI's "
            f"{dollars(limit.value)} limit, which ends SSI and 1619(b) Medicaid."
        )
        if ex:
            ex.step("medicaid.resources", lost, None, "20 CFR 416.1205", uses=(limit,))
    if not over_resources and facts.pickle is not None:
        pickle = _pickle(facts.pickle, table, ex)
        if pickle is not None:
            return pickle
    buy_in = _buy_in(facts, table, rules, ex)
    if buy_in is not None:
        return buy_in
    expansion = _expansion(facts, table, rules, ex)
    if expansion is not None:
        return expansion
    note = (lost + " " if lost else "") + _what_would_restore(facts, table)
    if ex:
        ex.step(
            "medicaid.covered",
            "No Medicaid coverage found for this month. " + note,
            None,
            "Social Security Act 1902(a)(10)",
        )
    return MedicaidMonth(False, "none", ZERO, threshold, facts.annual_earnings_1619b, note)


# Medicaid through SSI by the state's kind (1634, SSI criteria, 209(b)), without its words.
SSI_MEDICAID = {
    kind: MedicaidMonth(True, basis, ZERO, None, None, "")
    for kind, basis in (("1634", "ssi"), ("ssi_criteria", "ssi_criteria"), ("209b", "ssi_209b"))
}


def _ssi_medicaid(
    facts: MedicaidFacts, table: StateMedicaid, ex: Explainer | None
) -> MedicaidMonth:
    kind = table.ssi_class.value
    if not ex:  # the words are only the step's
        return SSI_MEDICAID[kind]
    basis = SSI_MEDICAID[kind].basis
    text = {
        "1634": f"{table.name} is a section 1634 state: SSI brings Medicaid with no separate "
        "application.",
        "ssi_criteria": f"{table.name} uses SSI's rules but decides Medicaid itself: an SSI "
        "recipient must apply to the state Medicaid agency.",
        "209b": f"{table.name} is a 209(b) state: Medicaid uses the state's own (possibly "
        "stricter) "
        "rules and a spend-down; SSI recipients usually qualify, but the state decides "
        "(not modelled beyond that).",
    }[kind]
    ex.step(
        "medicaid.covered",
        f"SSI is paid this month, so Medicaid continues. {text}",
        None,
        "POMS SI 01715.010; SI 01730.005",
    )
    return MedicaidMonth(True, basis, ZERO, None, None, text)


def _decide_1619b(
    facts: MedicaidFacts, threshold: Decimal | None, rules: RuleBook, ex: Explainer | None
) -> MedicaidMonth | None:
    """1619(b): SSI cash is $0 because of earnings; Medicaid continues while the year's gross
    earnings are at or below the threshold (POMS SI 02302.045)."""
    earnings = facts.annual_earnings_1619b
    if threshold is not None:
        covered = earnings <= threshold
        text = ""
        if ex or not covered:  # the words are only needed to explain or to say what was lost
            text = (
                f"{b1619.intro(earnings, pass_plan=facts.pass_plan)}, "
                f"{'at or below' if covered else 'above'} the threshold "
                f"{dollars(threshold)}: Medicaid "
                + ("continues under section 1619(b)." if covered else "under 1619(b) ends.")
            )
        if ex:
            ex.step("medicaid.covered", text, None, CITE_1619B + "; POMS SI 02302.045")
        return MedicaidMonth(
            covered, "1619b" if covered else "none", ZERO, threshold, earnings, text
        )
    base, fbr = break_even_base(facts.month, rules)
    floor = base + (facts.irwe + facts.bwe) * 12 + (facts.own_medicaid_expenses or ZERO)
    lowest = rules.at("ssa.ssi.threshold_1619b.lowest", facts.month)
    covered_or_unknown: bool | None
    if earnings <= floor:
        covered_or_unknown, uses = True, (fbr,)
    elif earnings <= lowest.value:
        covered_or_unknown, uses = True, (lowest,)
    else:
        covered_or_unknown, uses = None, (lowest,)
    if ex:
        ex.step(
            "medicaid.covered",
            b1619.bound_text(
                state=facts.state, earnings=earnings, floor=floor, fbr=fbr, lowest=lowest
            ),
            None,
            CITE_1619B,
            uses=uses,
        )
    basis = "1619b" if covered_or_unknown else "1619b_threshold_unknown"
    return MedicaidMonth(covered_or_unknown, basis, ZERO, None, earnings, "")


CITE_PICKLE = "42 CFR 435.135; Pub. L. 94-566 section 503"


def _pickle(
    pickle: tuple[Decimal, Decimal, Decimal], table: StateMedicaid, ex: Explainer | None
) -> MedicaidMonth | None:
    """The Pickle amendment: a person who got SSI and Social Security in the same month (after
    April 1977) and still gets Social Security keeps Medicaid while SSI would be paid if every
    cost-of-living increase since the last such month were left out (42 CFR 435.135)."""
    increase, countable, standard = pickle
    if increase <= 0 or countable >= standard:
        return None
    text = (
        f"SSI is not paid, but with the SSDI cost-of-living increases since the last month of "
        f"SSI and SSDI together ({dollars(increase)}) left out, countable income "
        f"{dollars(countable)} is under SSI's {dollars(standard)}: Medicaid continues in "
        f"{table.name} under the Pickle amendment (the state's own test may add more)."
    )
    if ex:
        ex.step("medicaid.covered", text, None, CITE_PICKLE)
    return MedicaidMonth(True, "pickle", ZERO, None, None, text)


def _buy_in(
    facts: MedicaidFacts, table: StateMedicaid, rules: RuleBook, ex: Explainer | None
) -> MedicaidMonth | None:
    program = table.buy_in
    if program is None:
        return None
    problems, income_note = _buy_in_problems(facts, program, rules)
    if problems and not facts.enrolled_in_buy_in:
        if ex:
            ex.step(
                "medicaid.buy_in",
                f"{program.program}: not eligible — " + "; ".join(problems) + ".",
                None,
                "Social Security Act 1902(a)(10)(A)(ii)(XIII), (XV)",
            )
        return None
    premium, premium_text = buy_in_premium(
        rule=program.premium,
        month=facts.month,
        state=facts.state,
        gross=facts.wages + facts.unearned,
        countable=facts.countable_income,
        household=facts.household,
        rules=rules,
    )
    caveats = (
        ""
        if program.confidence == "official"
        else (
            " The state's rules here come from a third-party summary (KFF); income counting"
            + (
                f" ({program.income_counted})"
                if program.income_counted
                else " uses SSI's exclusions as an approximation — not confirmed for this state"
            )
            + "; check the state's manual."
        )
    )
    text = (
        f"Medicaid through {program.program}"
        + (f" ({income_note})" if income_note else "")
        + (": enrolled, though " + "; ".join(problems) if problems else "")
        + f". Premium: {premium_text}.{caveats}"
    )
    if ex:
        ex.step(
            "medicaid.covered",
            text,
            premium,
            "Social Security Act 1902(a)(10)(A)(ii)(XIII), (XV); "
            + program.source
            + (f"; {program.premium.source}" if program.premium.source else ""),
        )
    return MedicaidMonth(True, "buy_in", premium, None, None, text)


def _buy_in_problems(
    facts: MedicaidFacts, program: BuyIn, rules: RuleBook
) -> tuple[list[str], str]:
    """What keeps the person out of the state's buy-in this month (work, age, resources, income
    against its share of the poverty guideline), and the words for the income test."""
    problems = []
    if not facts.disabled:
        # Both buy-in groups are for people with disabilities: (XIII) people who would be
        # considered to be receiving SSI but for their earnings, (XV) people with a disability
        # (SSI's definition, 1614(a)(3), without the SGA step) aged 16 to 64.
        problems.append("not a person with disabilities (the buy-in is only for them)")
    if facts.wages <= 0:
        problems.append("no earnings this month (the buy-in is for people who work)")
    if program.min_age is not None and facts.age < program.min_age:
        problems.append(f"age under {program.min_age}")
    if program.max_age is not None and facts.age > program.max_age:
        problems.append(f"age over {program.max_age}")
    if program.asset_limit is not None and facts.resources > program.asset_limit:
        problems.append(f"resources over {dollars(program.asset_limit)}")
    income_note = ""
    if program.income_limit_percent_fpl is not None:
        guideline, uses = poverty_guideline(facts.month, facts.state, facts.household_size, rules)
        monthly_limit = cents(guideline * program.income_limit_percent_fpl / 100 / 12)
        income_note = (
            f"countable income {dollars(facts.countable_income)} against "
            f"{program.income_limit_percent_fpl}% of the poverty guideline for a family of "
            f"{facts.household_size} ({dollars(monthly_limit)} a month){FAMILY_ASSUMED}"
        )
        if facts.countable_income > monthly_limit:
            problems.append(f"income over the limit ({income_note})")
    return problems, income_note


# The buy-in's limit is for "a family of the size involved" (Social Security Act
# 1902(a)(10)(A)(ii)(XIII)); who is in the family is the state's rule, which the state table
# does not hold, so the size used is an assumption said with the limit.
FAMILY_ASSUMED = (
    "; the family is taken as the person and every household member listed, the state's rule "
    "for who counts in it not being in the engine's data: check it"
)


def _expansion(
    facts: MedicaidFacts, table: StateMedicaid, rules: RuleBook, ex: Explainer | None
) -> MedicaidMonth | None:
    expansion = table.expansion
    if not expansion.expanded or (
        expansion.effective and facts.month.first_day < expansion.effective
    ):
        return None
    low, high = EXPANSION_AGES
    if facts.on_medicare or not low <= facts.age <= high:
        if ex:
            ex.step(
                "medicaid.expansion",
                "The ACA expansion group is for adults 19 to 64 who are "
                "not entitled to Medicare: not available.",
                None,
                "42 CFR 435.119",
            )
        return None
    size = facts.magi_household_size
    guideline, uses = poverty_guideline(facts.month, facts.state, size, rules)
    percent = rules.at("cms.medicaid.expansion_percent_fpl", facts.month)
    limit = cents(guideline * percent.value / 100 / 12)
    # SSI is not in MAGI; Social Security benefits are (42 CFR 435.603(e)); VA benefits are not.
    own = facts.wages + facts.unearned
    with_spouse = own if facts.household_magi is None else facts.household_magi
    dependents = dependents_income(facts.household, facts.month, rules)
    magi = with_spouse + dependents.counted
    covered = magi <= limit
    if ex:
        spouse = f", with a spouse's {dollars(with_spouse - own)}" if with_spouse != own else ""
        if dependents.counted:
            spouse += f", and dependents' {dollars(dependents.counted)}"
        ex.step(
            "medicaid.expansion",
            f"ACA expansion adult: monthly household MAGI {dollars(magi)} (wages and Social "
            f"Security{spouse}; SSI does not count) against {percent.value}% of the poverty "
            f"guideline for {size} ({dollars(limit)}): "
            f"{'eligible' if covered else 'over the limit'}. The household is the person, a "
            "spouse and the children and relatives taken as tax dependents; a dependent's "
            "income counts only when they must file a tax return"
            + (f": {dependents.words}." if dependents.words else "."),
            None,
            "42 CFR 435.119; 42 CFR 435.603" + ("; " + CITE_DEPENDENTS if dependents.words else ""),
            uses=(*uses, percent, *dependents.uses),
        )
    if not covered:
        return None
    return MedicaidMonth(
        True,
        "expansion",
        ZERO,
        None,
        None,
        "Medicaid as an ACA expansion adult (income at or below 138% of poverty).",
    )


def _what_would_restore(facts: MedicaidFacts, table: StateMedicaid) -> str:
    options = []
    if facts.ssi_status == "1619b_candidate":
        options.append(
            "gross earnings at or below the 1619(b) threshold, or IRWE/BWE that "
            "raise the individualized threshold"
        )
    if table.buy_in is not None and facts.disabled:
        options.append(f"the state's buy-in ({table.buy_in.program})")
    if table.expansion.expanded:
        options.append(
            "the ACA expansion group if income falls to 138% of poverty and there is no Medicare"
        )
    if facts.disabled:  # a PASS is SSI's, for people who are blind or disabled (416.1180)
        options.append("a PASS (plan to achieve self-support) to set aside income")
    return "What could restore it: " + "; ".join(options) + "."
