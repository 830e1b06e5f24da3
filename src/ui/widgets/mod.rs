pub mod article_view;
pub mod bidi;
pub mod field;
pub mod highlights;
pub mod progress;
pub mod text_block;
pub mod text_field;
