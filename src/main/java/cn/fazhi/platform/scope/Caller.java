package cn.fazhi.platform.scope;

/**
 * The signed-in caller as modules below identity see it (identity implements it), so that e.g. organisation can
 * apply data scope without depending on identity.
 */
public interface Caller {

    DataScope scope();

    boolean can(String permission);

    /** The signed-in user's id (e.g. for "cases assigned to me"), or null when nobody is signed in. */
    default Long userId() {
        return null;
    }

    /** The signed-in user's username, or null when nobody is signed in. */
    default String username() {
        return null;
    }
}
