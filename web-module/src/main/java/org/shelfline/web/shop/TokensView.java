package org.shelfline.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shelfline.identity.ApiToken;
import org.shelfline.identity.ApiTokens;
import org.shelfline.web.Messages;

/** Backs shop/tokens.xhtml: the shop's live API tokens (its till or ordering app), each revoked in one click. */
@Named
@RequestScoped
public class TokensView {

    @Inject
    ApiTokens tokens;

    @Inject
    Messages messages;

    private List<ApiToken> live;

    @PostConstruct
    void load() {
        live = tokens.mine();
    }

    public void revoke(long tokenId) {
        if (messages.attempt(() -> tokens.revoke(tokenId))) {
            messages.info("page.shop.tokens.revoked");
        }
        load();
    }

    public List<ApiToken> getTokens() {
        return live;
    }
}
