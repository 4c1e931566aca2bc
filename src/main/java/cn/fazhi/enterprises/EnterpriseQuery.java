package cn.fazhi.enterprises;

/** The register's filters: name or USCC (part), size, registration region (a township's code). */
public record EnterpriseQuery(String q, EnterpriseSize size, String region) {

    public static EnterpriseQuery none() {
        return new EnterpriseQuery(null, null, null);
    }
}
