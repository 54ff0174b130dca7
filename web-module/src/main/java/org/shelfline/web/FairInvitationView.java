package org.shelfline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shelfline.fair.FairInvitations;
import org.shelfline.fair.FairInvitations.Invitation;

/**
 * Backs fair-invitation.xhtml?id=...&amp;invitation=...: the landing page of a fair's invitation link and QR
 * code, open to anyone. It names the brand and the fair and says what the visitor can do.
 */
@Named
@RequestScoped
public class FairInvitationView {

    @Inject
    FairInvitations invitations;

    private String id;
    private String invitation;
    private Invitation opened;

    public void load() {
        opened = invitations.open(Ids.parse("fair", id), invitation);
    }

    public Invitation getOpened() {
        return opened;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getInvitation() {
        return invitation;
    }

    public void setInvitation(String invitation) {
        this.invitation = invitation;
    }
}
