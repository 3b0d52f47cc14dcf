import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'drizzle/',
			'test-results/',
			'playwright-report/',
			'data/',
			'backups/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' }
		},
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: [
						'drizzle.config.ts',
						'playwright.config.ts',
						'scripts/*.ts',
						// Kit keeps the worker out of its tsconfig (other lib: webworker).
						'src/service-worker.ts'
					]
				},
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	{
		// Kit keeps the worker out of its tsconfig, so `$service-worker` does not resolve for the
		// linter and its lists (build, files) read as error-typed.
		files: ['src/service-worker.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off'
		}
	},
	{
		// Tests read answers (`res.json()`, JSON files) only to assert on them, and vitest's
		// asymmetric matchers (`expect.any`, `expect.stringContaining`) are typed `any`; their fakes
		// implement async interfaces without awaiting anything.
		files: ['**/*.test.ts', 'tests/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/require-await': 'off'
		}
	},
	{
		// Plain JavaScript (configs, scripts) has no type information to check against.
		files: ['**/*.js', '**/*.mjs', '**/*.d.mts'],
		...ts.configs.disableTypeChecked
	},
	{
		// Forms enhance through $lib/client/enhance: a refused or lost submission keeps what was
		// typed and says why in Indonesian (Kit's own enhance would clear the form).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/client/enhance.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '$app/forms',
							importNames: ['enhance'],
							message: "Use enhance from '$lib/client/enhance'."
						}
					]
				}
			]
		}
	},
	{
		// Domain code is pure: no framework, database, filesystem or environment access.
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$app/*',
								'$env/*',
								'drizzle-orm',
								'drizzle-orm/*',
								'better-sqlite3',
								'node:*',
								'fs',
								'$lib/server/*'
							],
							message: 'src/lib/domain must stay pure.'
						}
					]
				}
			]
		}
	}
);
