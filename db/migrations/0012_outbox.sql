CREATE TABLE `outbox_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`send_id` text NOT NULL,
	`edition_id` text NOT NULL,
	`position` integer NOT NULL,
	`collectivite_id` text,
	`to_name` text NOT NULL,
	`to_email` text NOT NULL,
	`language` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`attachments` text NOT NULL,
	`message_id` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`send_id`) REFERENCES `outbox_sends`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outbox_messages_send` ON `outbox_messages` (`send_id`,`position`);--> statement-breakpoint
CREATE INDEX `outbox_messages_due` ON `outbox_messages` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_messages_message_id` ON `outbox_messages` (`message_id`);--> statement-breakpoint
CREATE TABLE `outbox_sends` (
	`id` text PRIMARY KEY NOT NULL,
	`edition_id` text NOT NULL,
	`kind` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_sends_edition` ON `outbox_sends` (`edition_id`,`created_at`);