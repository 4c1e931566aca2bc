package cn.fazhi.oneform;

/** The register columns a form may show (labels {@code oneform.column.<name>}); attributes are {@code ATTR_<code>}. */
public enum FormColumn {
    TOWNSHIP, VILLAGE, GROUP, HOUSEHOLD, NAME, SEX, BIRTH_DATE, AGE, ID_NUMBER, RELATION, PHONE, ADDRESS;

    public static final String ATTRIBUTE_PREFIX = "ATTR_";
}
