pub mod corpus;
pub mod header;
pub mod menu;
