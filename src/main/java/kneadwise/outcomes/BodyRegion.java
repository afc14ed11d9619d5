package kneadwise.outcomes;

/**
 * Areas of the body map in a session note, seen from behind (the client lies face down for most back work). Paired
 * areas have a side, so a note can say the left lower back only.
 */
public enum BodyRegion {
    NECK("Neck", 1, 2),
    SHOULDER_LEFT("Left shoulder", 2, 1),
    UPPER_BACK("Upper back", 2, 2),
    SHOULDER_RIGHT("Right shoulder", 2, 3),
    MID_BACK("Middle back", 3, 2),
    LOWER_BACK_LEFT("Lower back, left", 4, 1),
    SACRUM("Base of the spine (sacrum)", 4, 2),
    LOWER_BACK_RIGHT("Lower back, right", 4, 3),
    HIP_LEFT("Left hip and buttock", 5, 1),
    HIP_RIGHT("Right hip and buttock", 5, 3),
    THIGH_LEFT("Back of left thigh", 6, 1),
    THIGH_RIGHT("Back of right thigh", 6, 3),
    CALF_LEFT("Left calf", 7, 1),
    CALF_RIGHT("Right calf", 7, 3);

    private final String label;
    private final int row;
    private final int column;

    BodyRegion(String label, int row, int column) {
        this.label = label;
        this.row = row;
        this.column = column;
    }

    public String label() {
        return label;
    }

    /** Row (top to bottom) and column (left, middle, right) of the body map's grid. */
    public int row() {
        return row;
    }

    public int column() {
        return column;
    }
}
