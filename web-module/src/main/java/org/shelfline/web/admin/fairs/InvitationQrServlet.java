package org.shelfline.web.admin.fairs;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.shelfline.fair.Fair;
import org.shelfline.fair.FairService;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Ids;

/** {@code /admin/fairs/invitation.png?id=...}: the QR code of a fair's invitation link (ZXing), for the brand's own fairs. */
@WebServlet("/admin/fairs/invitation.png")
public class InvitationQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 240;

    @Inject
    FairService fairs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Fair fair;
        try {
            fair = fairs.fair(Ids.parse("fair", request.getParameter("id")));
        } catch (BusinessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String link = invitationLink(request, fair);
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(link, BarcodeFormat.QR_CODE, SIZE, SIZE, Map.of(EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IOException(e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < matrix.getWidth(); x++) {
            for (int y = 0; y < matrix.getHeight(); y++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        response.setContentType("image/png");
        response.setContentLength(png.size());
        response.getOutputStream().write(png.toByteArray());
    }

    /** The fair's invitation page: open to anyone, it names the brand and the fair and says what to do (fair-invitation.xhtml). */
    public static String invitationLink(HttpServletRequest request, Fair fair) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        return base + "/fair-invitation.xhtml?id=" + fair.getId() + "&invitation=" + fair.getInvitationToken();
    }
}
