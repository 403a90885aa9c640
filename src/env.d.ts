/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the article page for the components placed in its body. */
    article?: import('./data/articleContext').ArticleContext;
  }
}
