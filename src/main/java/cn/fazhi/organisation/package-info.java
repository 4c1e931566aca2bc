/**
 * Organisation model: regions (GB/T 2260 codes; NBS 统计用区划代码 for the townships of 咸安区 421202 and the
 * villages/communities beneath them) and units (the district's bodies as a tree with types). Every record of every
 * later module carries a region code and an owning unit. Depends on: platform, audit.
 */
package cn.fazhi.organisation;
