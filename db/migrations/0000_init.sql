CREATE TABLE `document_updates` (
	`id` integer PRIMARY KEY NOT NULL,
	`doc_name` text NOT NULL,
	`update` blob NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `document_updates_doc_name_id` ON `document_updates` (`doc_name`,`id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`name` text PRIMARY KEY NOT NULL,
	`snapshot` blob NOT NULL,
	`compacted_at` integer NOT NULL
);
