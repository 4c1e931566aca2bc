-- Issue 10: attachments are encrypted at rest (SM4-GCM segments, platform.crypto.FileCipher). Files stored before stay
-- plain and readable: encryption is NULL for them, 'sm4-gcm-v1' for every file stored since.
ALTER TABLE case_attachment ADD COLUMN encryption VARCHAR(16);
