package cn.fazhi.enforcement;

/** What an evidence item is: a document (文书), a photo, an audio-video recording (音像记录) or another record. */
public enum EvidenceMedia { DOCUMENT, PHOTO, AUDIO_VIDEO, RECORD }
