CREATE TABLE `editions` (
	`id` text PRIMARY KEY NOT NULL,
	`doc_name` text NOT NULL,
	`read_only` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `editions_doc_name_unique` ON `editions` (`doc_name`);