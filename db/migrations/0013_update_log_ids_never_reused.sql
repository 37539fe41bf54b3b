PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_document_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`doc_name` text NOT NULL,
	`update` blob NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_document_updates`("id", "doc_name", "update", "created_at") SELECT "id", "doc_name", "update", "created_at" FROM `document_updates`;--> statement-breakpoint
DROP TABLE `document_updates`;--> statement-breakpoint
ALTER TABLE `__new_document_updates` RENAME TO `document_updates`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `document_updates_doc_name_id` ON `document_updates` (`doc_name`,`id`);--> statement-breakpoint
ALTER TABLE `documents` ADD `compacted_through` integer DEFAULT 0 NOT NULL;