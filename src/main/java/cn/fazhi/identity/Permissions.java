package cn.fazhi.identity;

/** Permission strings defined by the identity, organisation and audit modules. */
public final class Permissions {

    public static final String USER_VIEW = "system:user:view";
    public static final String USER_EDIT = "system:user:edit";
    public static final String USER_REVEAL = "system:user:reveal";
    public static final String ROLE_EDIT = "system:role:edit";
    public static final String TOKEN_MANAGE = "system:token:manage";

    private Permissions() {}
}
