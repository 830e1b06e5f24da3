pub mod corpus;
pub mod header;
pub mod inspector;
pub mod menu;
pub mod schema_editor;
