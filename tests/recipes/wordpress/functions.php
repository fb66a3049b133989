<?php
// In your child theme's functions.php (WordPress 6.5 or later, for wp_enqueue_script_module).
// The kit's Swedish bundles are in the child theme's folder care-widgets/sv/.

// Loads the evidence card's self-contained bundle (one element: sv/standalone/) as a module
// script on every page of the site.
add_action( 'wp_enqueue_scripts', function () {
	wp_enqueue_script_module(
		'care-widgets-evidence-card',
		get_stylesheet_directory_uri() . '/care-widgets/sv/standalone/evidence-card.js',
		array(),
		null
	);
} );

// [care_evidence_card treatment="ims"] puts the element in a post: a shortcode survives the
// classic editor, which may drop the <care-evidence-card> tag itself.
add_shortcode( 'care_evidence_card', function ( $atts ) {
	$atts = shortcode_atts( array( 'treatment' => '' ), $atts );
	return '<care-evidence-card treatment="' . esc_attr( $atts['treatment'] ) . '"></care-evidence-card>';
} );
