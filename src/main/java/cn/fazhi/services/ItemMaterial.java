package cn.fazhi.services;

/** One material (申请材料) a version of an item asks for: name, form (原件、复印件、电子证照 …), copies, required. */
public record ItemMaterial(int position, String name, String form, int copies, boolean required) {}
