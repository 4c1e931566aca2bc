package cn.fazhi.platform.scope;

/**
 * The signed-in caller as modules below identity see it (identity implements it), so that e.g. organisation can
 * apply data scope without depending on identity.
 */
public interface Caller {

    DataScope scope();

    boolean can(String permission);
}
