package org.shelfline.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.shelfline.brand.Brand;
import org.shelfline.geography.District;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ImageFiles;
import org.shelfline.store.Registration;
import org.shelfline.store.RegistrationService;
import org.shelfline.web.security.RegistrationThrottle;
import org.shelfline.web.security.SignInThrottle;

/** Backs register.xhtml, the public page where a shop owner applies. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    Messages messages;

    @Inject
    RegistrationThrottle throttle;

    private final Registration registration = new Registration();
    private transient Part licencePhoto;
    /** The photo chosen in an earlier submit of this form, kept in a temporary file (not in the session: up to 5 MB). */
    private String keptPhotoFile;

    private long keptPhotoBytes;
    private String keptPhotoName;
    private List<District> districts;
    private List<Brand> brands;

    @PostConstruct
    void init() {
        districts = registrations.districts();
        brands = registrations.brands();
    }

    /**
     * Keeps a chosen photo in the view as soon as it arrives, even when other fields are wrong, so the owner does not
     * choose it again after every failed submit. A photo that is not one is refused here, with the other fields' errors.
     */
    public void keepPhoto(FacesContext context, UIComponent field, Object value) throws IOException {
        if (!(value instanceof Part part) || part.getSize() == 0) {
            return;
        }
        byte[] content = read(part);
        forgetPhoto();
        try {
            ImageFiles.check(content);
        } catch (BusinessException e) {
            throw new ValidatorException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(e.messageKey(), e.arguments()), null));
        }
        Path file = Files.createTempFile("shelfline-licence-", ".upload");
        Files.write(file, content);
        keptPhotoFile = file.toString();
        keptPhotoBytes = content.length;
        String submitted = part.getSubmittedFileName();
        // Only shown back to the visitor: the name after the last folder, as the browser sent it, not too long.
        String name = submitted == null
                ? ""
                : submitted
                        .substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1)
                        .strip();
        keptPhotoName = name.isEmpty() ? "photo" : name.length() > 80 ? name.substring(0, 80) : name;
    }

    /**
     * After the form's own checks, whatever their outcome: a taken user name is said in the same round as a wrong
     * mobile number, not in the next one. Each submit counts against the address's budget ({@link RegistrationThrottle}).
     */
    public void checkClashes(ComponentSystemEvent event) {
        UIComponent form = event.getComponent();
        FacesContext context = FacesContext.getCurrentInstance();
        String address = ((jakarta.servlet.http.HttpServletRequest)
                        context.getExternalContext().getRequest())
                .getRemoteAddr();
        Optional<Duration> wait = throttle.submitted(address);
        if (wait.isPresent()) {
            // Nothing more is checked, so nothing more is told: not even whether the user name is free.
            messages.error("registration.tooMany", SignInThrottle.minutes(wait.get()));
            context.validationFailed();
            context.renderResponse();
            return;
        }
        Registration typed = new Registration();
        typed.setUsername(typedValue(form, "username"));
        typed.setLicenceNumber(typedValue(form, "licenceNumber"));
        for (RegistrationService.Clash clash : registrations.clashes(typed)) {
            messages.errorOn(form.getClientId() + ":" + clash.field(), clash.messageKey(), clash.arguments());
            context.validationFailed();
            context.renderResponse();
        }
    }

    private static String typedValue(UIComponent form, String id) {
        if (!(form.findComponent(id) instanceof UIInput input)) {
            return null;
        }
        Object value =
                input.isValid() && input.getLocalValue() != null ? input.getLocalValue() : input.getSubmittedValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public void register() throws IOException {
        try {
            registrations.register(
                    registration, keptPhotoFile == null ? new byte[0] : Files.readAllBytes(Path.of(keptPhotoFile)));
            forgetPhoto();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?registered=true");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** The kept photo goes with the view: after registering, or when the visitor leaves or the session ends. */
    @PreDestroy
    void forgetPhoto() {
        if (keptPhotoFile != null) {
            try {
                Files.deleteIfExists(Path.of(keptPhotoFile));
            } catch (IOException e) {
                // a temporary file: the system cleans its temporary folder
            }
        }
        keptPhotoFile = null;
        keptPhotoBytes = 0;
        keptPhotoName = null;
    }

    /** Reads at most one byte more than allowed, so an oversized upload is refused without buffering it all. */
    private static byte[] read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(ImageFiles.MAX_BYTES + 1);
        }
    }

    public Registration getRegistration() {
        return registration;
    }

    public Part getLicencePhoto() {
        return licencePhoto;
    }

    public void setLicencePhoto(Part licencePhoto) {
        this.licencePhoto = licencePhoto;
    }

    public String getKeptPhotoName() {
        return keptPhotoName;
    }

    public long getKeptPhotoKilobytes() {
        return (keptPhotoBytes + 1023) / 1024;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public List<Brand> getBrands() {
        return brands;
    }
}
