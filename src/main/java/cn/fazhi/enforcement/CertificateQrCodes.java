package cn.fazhi.enforcement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code printed on a certificate (亮证): a PNG encoding the public check's address
 * {@code {base}/public/enforcement/certificates/{number}}, where base is
 * {@code fazhi.enforcement.officers.public-base-url} or, when empty, the address of the request drawing it.
 */
@Service
public class CertificateQrCodes {

    private final OfficerProperties settings;

    CertificateQrCodes(OfficerProperties settings) {
        this.settings = settings;
    }

    /** The public address of the certificate's check page. */
    public String publicUrl(String number, String requestBase) {
        String base = settings.publicBaseUrl().isEmpty() ? requestBase.replaceAll("/+$", "") : settings.publicBaseUrl();
        return base + "/public/enforcement/certificates/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A PNG of {@code size}×{@code size} pixels encoding {@code text} (UTF-8, error correction M). */
    public byte[] png(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }
}
