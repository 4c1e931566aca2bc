/**
 * Platform: the shared kernel every module stands on. National crypto (SM3, SM4-GCM), identifier check characters
 * (GB 11643, GB 32100), masking of personal data, data-scope criteria, navigation registry, error handling.
 * Depends on no other Fazhi module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.fazhi.platform;
