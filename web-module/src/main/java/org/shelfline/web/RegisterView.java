package org.shelfline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.shelfline.brand.Brand;
import org.shelfline.geography.District;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ImageFiles;
import org.shelfline.store.Registration;
import org.shelfline.store.RegistrationService;

/** Backs register.xhtml, the public page where a shop owner applies. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    Messages messages;

    private final Registration registration = new Registration();
    private transient Part licencePhoto;
    private List<District> districts;
    private List<Brand> brands;

    @PostConstruct
    void init() {
        districts = registrations.districts();
        brands = registrations.brands();
    }

    public void register() throws IOException {
        try {
            registrations.register(registration, read(licencePhoto));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?registered=true");
        } catch (BusinessException e) {
            messages.error(e);
        }
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

    public List<District> getDistricts() {
        return districts;
    }

    public List<Brand> getBrands() {
        return brands;
    }
}
