package cn.fazhi.services;

/** Where a service item is handled: at the district, a township (乡镇、街道) or a village (村、社区). */
public enum ServiceLevel {
    DISTRICT, TOWNSHIP, VILLAGE;

    /** Handled near the applicant (就近办): at a township or a village. */
    public boolean nearby() {
        return this != DISTRICT;
    }
}
