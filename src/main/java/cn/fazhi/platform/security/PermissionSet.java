package cn.fazhi.platform.security;

import java.util.List;

/**
 * The permissions one module defines, declared as a bean in that module (e.g. {@code calendar:holiday:edit}).
 * Identity collects every set for the role editor; each permission's label is the message key
 * {@code permission.<permission>} in the module's bundle.
 */
public record PermissionSet(String module, List<String> permissions) {}
