/**
 * The grassroots one-form register (基层减负一套表, seed §1.2.二): persons and households of the district's villages and
 * communities entered once (identity SM4-encrypted with a blind index, masked by role; address down to the village
 * group; attributes such as 低保, 残疾, 独居老人, 退役军人 each with its source and date), forms defined once as views
 * of the register and produced on demand as .xlsx/PDF, and village change requests reviewed by the township.
 * <p>
 * Depends on: platform, audit, organisation, identity, documents, indicators.
 */
package cn.fazhi.oneform;
