pub mod article_view;
pub mod field;
pub mod text_block;
