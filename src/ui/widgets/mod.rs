pub mod article_view;
pub mod text_block;
