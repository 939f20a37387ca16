"""What every projection says it leaves out and assumes (each projection's `not_modeled`
and `assumptions`): the words, kept apart from the month loop in benefits/projection.py."""

from __future__ import annotations

NOT_MODELED = [
    "Medicaid: the 1619(b) threshold is sourced for few states (enter yours from SSA's chart "
    "in medicaid.threshold_1619b); buy-in income counting, premiums that vary, 209(b) states' own "
    "rules, medically needy spend-down, and Medicare Savings Program resource tests are not "
    "modelled; the 1619(b) Medicaid-use test and attendant care in the individualized "
    "threshold are not modelled (PASS earnings set aside are deducted from the 12-month "
    "earnings, POMS SI 00870.010 A.3); the Pickle amendment is applied only after a month of "
    "SSI with SSDI in the projection, and the continuations for disabled adult children and "
    "widow(er)s (Social Security Act 1634(c), (d)) are not modelled.",
    "Taxes: state and local income tax, the child tax credit, itemized deductions, married "
    "filing, and the IRS tax tables (income tax is figured exactly from the rate schedule; "
    "withholding is estimated by spreading the year's tax over its wages, not by Pub. 15-T) are "
    "not modelled. Payroll tax counts wages from start only toward the yearly wage base and "
    "leaves out the 0.9% additional Medicare tax. A lump-sum SSDI back payment for earlier "
    "years (taxable in the year received, or by the election of 26 U.S.C. 86(e) with IRS Pub. "
    "915's lump-sum worksheets) is not an input: enter only the benefits paid each month.",
    "SSI state supplements: amounts are sourced for a few states (enter yours as "
    "ssi.state_supplement); state-administered supplements' own income rules are not modelled.",
    "SNAP: Alaska and Hawaii amounts, the resource test, state broad-based categorical "
    "eligibility (set snap.categorically_eligible), a state's standard medical deduction in "
    "place of the costs above $35 and its option to round amounts to the dollar, the child "
    "support deduction (7 CFR 273.9(d)(5)), the homeless shelter deduction, and prorated first "
    "months are not modelled.",
    "HUD rent: HOTMA's phased-in medical-deduction relief and hardship exemptions, the cap of "
    "disability "
    "assistance and child care deductions at the earnings they enable, asset income, flat "
    "rents in public housing, and the 40% initial rent burden limit are not modelled.",
    "SSI for couples, deeming from a spouse or parent, and self-employment are not modelled; "
    "a PASS excludes the income entered as ssi.pass_earned and ssi.pass_unearned, but the "
    "resources it sets aside (20 CFR 416.1225) are not modelled; in-kind support is only "
    "shelter entered as ssi.in_kind_shelter (public "
    "assistance households and the business-arrangement rule are not decided).",
    "Resources: savings follow the plan in `savings` (they are not spent, and tax refunds "
    "and the EITC kept past their 12-month exclusion are not added); resources other than "
    "cash savings and an ABLE account, and ABLE's rule that SSI-based Medicaid continues when "
    "only the ABLE balance over $100,000 stops SSI, are not modelled. Reports follow the "
    "federal rules: a state's own SNAP reporting system and a Medicaid buy-in's reporting rule "
    "(enter medicaid.buy_in_report_within_days) are not known to the engine.",
    "SSI: non-recurring income in the first month after ineligibility is found by source "
    "(a job's last paycheck, a benefit that stopped); proration of the first month after "
    "ineligibility (POMS SI 02005.008) and the 24-month initial reinstatement period after an "
    "SSI reinstatement are not modelled.",
    "SSDI: averaging of earnings (20 CFR 404.1574a) is flagged where it could change the "
    "cessation month, not computed; an unsuccessful work attempt is an input "
    "(jobs[].unsuccessful_work_attempt); expedited reinstatement assumes SSA approves the "
    "request; the annual earnings test before full retirement age, self-employment, "
    "auxiliary (family) benefits, and the rule for statutorily blind people aged 55 or older "
    "whose work does not use their former skills (20 CFR 404.1583; POMS DI 11010.175: "
    "benefits are suspended for months of SGA, not ended) are not modelled.",
    "VA: an entered pension stays as entered (choose 'computed' to follow the maximum rate "
    "and income); the net worth limit (38 CFR 3.274-3.276) is a warning on resources plus "
    "countable income, not a decision; the computed pension leaves out "
    "two veterans married to each other, survivors pension, a child's income the hardship "
    "rule excludes, payment less often than monthly under $228 a year (38 CFR 3.30), the "
    "proportionate income limitation, and the year-end reconciliation with the income VA "
    "finds (38 CFR 3.271); a household member's unearned income is counted in full (leave out "
    "their SSI). Census poverty thresholds after 2021 are not yet sourced and carry forward "
    "(enter va.poverty_threshold). The dependents' portion of a computed pension is not "
    "figured (enter va.dependents_portion from VA's letter). The Medicare Part B and "
    "Medicaid premiums the veteran pays are medical expenses for VA (38 CFR 3.278(b)) but are "
    "not added to the medical expenses a computed pension deducts. TDIU is a warning only.",
]

ASSUMPTIONS = [
    "Wages are counted for SSI in the month paid (20 CFR 416.1111(a)); for SSDI in the month "
    "paid unless ssdi.count_wages_when is 'earned' (BBA 2015 section 825; POMS DI 10505.005).",
    "SSDI for a month is paid, and counted by SSI as unearned income, in the next month (POMS "
    "SI 00830.010, SI 00810.030); the cost-of-living increase arrives with December's benefit "
    "in January, and the January and February SSI payments add it to the budget month's "
    "benefit (20 CFR 416.420(a)). Before start SSDI is taken as paid every month.",
    "SSI: a scenario with an ssi section is taken as a person in a period of SSI eligibility at "
    "start (set ssi.paid_before_start false for someone never paid SSI); months before start "
    "are not counted toward the 12 months of suspension that terminate SSI (20 CFR 416.1335); "
    "a month of $0 for earnings is taken as 1619(b) status when the year's earnings are within "
    "the threshold (or the threshold is unknown), the other 1619(b) tests (disability, the "
    "Medicaid-use test, resources) being met; an expedited reinstatement request is taken as "
    "approved.",
    "In the two budget months before start, SSDI is taken as paid at the benefit amount given "
    "for start.",
    "SSDI: a record with a cessation month and no ninth trial work month takes the trial work "
    "period as ending the month before cessation (enter ssdi.twp_end_month); when a cessation "
    "came before start, extended Medicare is counted from the earliest month SSDI can have "
    "gone unpaid for work after the EPE's 15th month (42 CFR 406.12(e)), which never "
    "overstates it.",
    "The student earned income exclusion applies in months that begin before the 22nd "
    "birthday is attained (a person attains an age the day before the birthday, SSR 63-15).",
    "HUD annual income uses each income at its current rate x 12: wages of jobs in force on the "
    "first day of the month, SSI at the amount those wages give (without payday timing), SSDI "
    "as paid that month.",
    "HUD interims: a decrease takes effect the month after the change; an increase (under the "
    "old rules only when the agency processes increases) the second month after, once the 30 "
    "days' notice has run.",
    "Tax years: wages come from the jobs for all 12 months; SSDI counts in the year it is "
    "received (each month's benefit is paid the month after, so December's in January, as "
    "Form SSA-1099 reports it); before start it is taken at the benefit given for start (from "
    "ssdi.entitlement_month when given), and after the last projected month as in that "
    "month. Tax refunds and the EITC are not income for SSI, HUD or SNAP, and are excluded "
    "from SSI resources for 12 months (20 CFR 416.1103(g), 416.1235).",
    "VA compensation is entered as paid for start; from each December after start it rises "
    "by Social Security's cost-of-living percentage, to the cent (38 U.S.C. 1104; Congress "
    "has enacted the same percentage each year), with the dependents' portion; a December "
    "whose COLA is not yet published keeps the amount. VA pension is figured on income at the "
    "rates in force at the end of the month before (a change counts from the month after it, "
    "38 U.S.C. 5112(b)(4)); a disabled child in the household is taken as a child incapable "
    "of self-support since before 18 (38 CFR 3.57(a)(1)(ii)). SSI, HUD and SNAP count a "
    "month's VA benefit in that month (VA pays it on the first business day of the next, or "
    "the last of the same month when the first is a weekend or holiday): steady amounts are "
    "the same either way, and a change reaches SSI a month sooner here.",
]
