/**
 * Official documents (公文) printed as DOCX and PDF, laid out per GB/T 9704-2012 《党政机关公文格式》: A4 paper,
 * 37 mm top and 28 mm left margins, a 156 × 225 mm text block of 22 lines × 28 characters in 3号仿宋, 2号小标宋
 * title, "— N —" page numbers alternating right and left (§5, §7). The PDF embeds free Chinese fonts from Debian
 * (fonts-noto-cjk); the DOCX names the fonts the standard expects (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312).
 * <p>
 * API: {@link cn.fazhi.documents.Documents} and the document model {@link cn.fazhi.documents.OfficialDocument},
 * {@link cn.fazhi.documents.Block}. Settings: {@link cn.fazhi.documents.DocumentProperties} ({@code fazhi.documents}).
 * Depends on: platform.
 */
package cn.fazhi.documents;
