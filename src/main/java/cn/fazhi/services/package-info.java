/**
 * Government services (政务服务): service items (政务服务事项) with their versions and the guide (办事指南) generated
 * from each, published on the portal and searchable; the three catalogues (政务服务事项基本目录, 行政许可事项清单,
 * 中介服务事项清单) as views of the items; applications (办件) on the kernel (type {@code service_application}) with
 * the clocks of the 行政许可法 (Arts. 32, 42, 44, 45, 50) beside the promised time (承诺时限, 优化营商环境条例 Art. 36);
 * 一件事 bundles; cross-region handling (跨域通办, type {@code cross_region}) with partner regions; 好差评 ratings, a
 * bad rating with a real name getting a return visit and a rectification.
 * <p>
 * API: {@link cn.fazhi.services.ServiceItems} (the item and its version in force on a day). Depends on: platform,
 * audit, calendar, organisation, cases, identity, documents, indicators, search, rectification, responsibilities.
 */
package cn.fazhi.services;
