package org.redflag.features;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicator codes of Redflag's shared vocabulary ({@code indicators.md}). The codes are a
 * contract between the corpus, the rules, the model's features, the reports and the evaluation:
 * add new ones, never rename or reuse one.
 */
public enum Indicator {
    RECRUITMENT_FEE(Kind.RISK, "the worker pays a fee, deposit or charge for the job, visa, training, medical or processing"),
    DOCUMENT_RETENTION(Kind.RISK, "the employer or agent keeps the passport, ID or other documents"),
    DEBT_BONDAGE(Kind.RISK, "travel, fees or advances are lent and repaid out of wages"),
    WAGE_WITHHOLDING(Kind.RISK, "pay is held back until the contract ends, or cut for food, housing, tools or fines"),
    EXCESSIVE_HOURS(Kind.RISK, "over 60 hours a week, no rest days, on call around the clock"),
    RESTRICTED_MOVEMENT(Kind.RISK, "live-in or on-site only, movement or phone use limited, isolated site, employer-only transport"),
    UNREALISTIC_PAY(Kind.RISK, "pay far above the norm for the work, or guaranteed earnings"),
    NO_REQUIREMENTS(Kind.RISK, "no experience, skills, education or language asked, where the pay or the move is large"),
    OVERSEAS_PLACEMENT(Kind.RISK, "a job abroad where the recruiter arranges the whole move: visa, ticket, travel"),
    VAGUE_EMPLOYER(Kind.RISK, "no employer name, address or website; an agent in place of the employer"),
    OFF_PLATFORM_CONTACT(Kind.RISK, "contact only by WhatsApp, Telegram, a personal phone or a free e-mail account"),
    URGENCY(Kind.RISK, "immediate departure, few places left, apply today"),
    DEMOGRAPHIC_TARGETING(Kind.RISK, "age, sex, marital status or looks demanded where the work does not need them"),
    PERSONAL_DATA_UPFRONT(Kind.RISK, "passport copy, ID, bank details or photos asked before any interview"),
    CONTRACT_ISSUES(Kind.RISK, "no written contract, a contract only on arrival, or one the worker cannot read"),
    VULNERABILITY_TARGETING(Kind.RISK, "aimed at people in debt, without papers, refugees, minors or people in urgent need"),
    NO_FEE_PLEDGE(Kind.PROTECTIVE, "states that workers pay no recruitment fees"),
    LICENSED_RECRUITER(Kind.PROTECTIVE, "names a recruitment licence or registration that can be checked"),
    CONTRACT_BEFORE_DEPARTURE(Kind.PROTECTIVE, "a written contract, in the worker's language, before travel"),
    IDENTIFIED_EMPLOYER(Kind.PROTECTIVE, "a named employer with an address or a website");

    /** Whether an indicator raises or lowers risk. */
    public enum Kind { RISK, PROTECTIVE }

    private final Kind kind;
    private final String description;

    Indicator(Kind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    /** @return whether the indicator raises or lowers risk */
    public Kind kind() {
        return kind;
    }

    /** @return what the ad says or does when the indicator is present */
    public String description() {
        return description;
    }

    /** @return true for a protective signal */
    public boolean isProtective() {
        return kind == Kind.PROTECTIVE;
    }

    /**
     * @param code an indicator code, e.g. {@code RECRUITMENT_FEE}
     * @return the indicator, or empty when the code is unknown
     */
    public static Optional<Indicator> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }
}
