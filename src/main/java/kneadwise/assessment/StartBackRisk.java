package kneadwise.assessment;

/** STarT Back risk group, which guides how much support a person needs. */
public enum StartBackRisk {
    LOW,
    MEDIUM,
    HIGH
}
