package org.shelfline.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml. */
public class ShelflineExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ShelflineExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ShelflineExceptionHandler(getWrapped().getExceptionHandler());
    }
}
