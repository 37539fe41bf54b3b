CREATE TABLE `document_clients` (
	`doc_name` text NOT NULL,
	`client_id` integer NOT NULL,
	`person_id` text,
	PRIMARY KEY(`doc_name`, `client_id`)
);
