/**
 * Portal: the signed-in user's home page (their own work) and the public portal shell at {@code /public}, to which
 * later modules add their public pages. Depends on: platform, identity, audit, organisation, cases.
 */
package cn.fazhi.portal;
