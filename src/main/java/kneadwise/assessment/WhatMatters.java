package kneadwise.assessment;

/**
 * What may matter most to a person choosing a treatment (CLINICAL.md section 5a, the optional values step): the
 * answer names the options that fit these wishes.
 */
public enum WhatMatters {
    /** Keeping the cost low. */
    LOW_COST,
    /** Spending little time on it. */
    LITTLE_TIME,
    /** Care given by someone else's hands. */
    HANDS_ON_CARE,
    /** Exercise or care done oneself. */
    DOING_IT_MYSELF,
    /** Not being touched. */
    NOT_BEING_TOUCHED
}
