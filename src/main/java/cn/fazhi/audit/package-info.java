/**
 * Audit trail (操作日志): every login, failed login, permission change and state change of any record, with who,
 * when, what and from where. Append-only and hash-chained with HMAC-SM3, checkpointed outside the database (等保 2.0 level 3: 安全审计, 数据完整性).
 * Depends on: platform.
 */
package cn.fazhi.audit;
