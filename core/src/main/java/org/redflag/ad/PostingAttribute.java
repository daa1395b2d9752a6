package org.redflag.ad;

/**
 * What a board states about a posting beyond its text, named after the schema.org
 * {@code JobPosting} property that carries it. Boards that keep such facts in structured form
 * (JSON-LD, an applicant-tracking system's export such as EMSCAD) give Redflag signals that the text
 * alone lacks: recruitment scams rarely show a company logo or fill in the industry.
 */
public enum PostingAttribute {
    /** {@code employmentType}: full-time, part-time, contract, temporary... */
    EMPLOYMENT_TYPE,
    /** {@code industry}: the employer's industry */
    INDUSTRY,
    /** {@code occupationalCategory}: the job's function or category */
    OCCUPATION,
    /** {@code experienceRequirements}: the experience level asked */
    EXPERIENCE,
    /** {@code educationRequirements}: the education level asked */
    EDUCATION,
    /** the department that hires, when the board names it */
    DEPARTMENT,
    /** {@code jobLocationType} TELECOMMUTE: "true" when the work is remote */
    REMOTE,
    /** {@code hiringOrganization.logo}: "true" when the employer shows a logo */
    COMPANY_LOGO,
    /** "true" when the board asks screening questions with the application */
    SCREENING_QUESTIONS
}
