/**
 * Identity: users, roles bundling permission strings ({@code system:user:edit} style), each role with a data scope
 * (unit / township / district); form login with CSRF, Argon2id password hashes, lockout after repeated failures,
 * forced password change, bearer tokens for the API, per-user language. Security level: 等保 2.0 level 3
 * (身份鉴别, 访问控制). Depends on: platform, organisation, audit.
 */
package cn.fazhi.identity;
